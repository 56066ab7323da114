using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>The text of a Markdown file with Markdig: one line per heading, paragraph, list item and table row; no link targets or emphasis marks.</summary>
internal static class MarkdownTextExtractor
{
    // Front matter is metadata, not text; pipe tables and ~~strike~~ are common enough in the wild to parse.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static (string? Title, string Text) Extract(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses input nested past MaximumNestingDepth (128) with an ArgumentException.
            throw new DocumentParseException($"The Markdown could not be read: {exception.Message}", exception);
        }

        var lines = new List<string>();
        WriteBlocks(document, lines);

        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        return (heading is null ? null : Inlines(heading.Inline).Trim(), string.Join('\n', lines));
    }

    // Recursion is safe: Markdig caps the nesting of the tree it builds (MarkdownPipeline.MaximumNestingDepth).
    private static void WriteBlocks(ContainerBlock container, List<string> lines)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                case ListItemBlock item:
                    var start = lines.Count;
                    WriteBlocks(item, lines);
                    if (lines.Count > start)
                    {
                        lines[start] = "- " + lines[start];
                    }

                    break;
                case Table table:
                    lines.AddRange(table.OfType<TableRow>()
                        .Select(row => string.Join(" | ", row.OfType<TableCell>().Select(Cell)))
                        .Where(line => line.Length > 0));
                    break;
                case ContainerBlock inner:
                    WriteBlocks(inner, lines);
                    break;
                case HtmlBlock html:
                    Add(lines, HtmlTextExtractor.Fragment(html.Lines.ToString()));
                    break;
                case CodeBlock code:
                    Add(lines, code.Lines.ToString());
                    break;
                case LeafBlock { Inline: { } inline }:
                    Add(lines, Inlines(inline));
                    break;
            }
        }
    }

    private static string Cell(TableCell cell)
    {
        var lines = new List<string>();
        WriteBlocks(cell, lines);
        return string.Join(' ', lines);
    }

    private static void Add(List<string> lines, string text)
    {
        lines.AddRange(text.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));
    }

    private static string Inlines(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(container, text);
        return text.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case LinkInline { IsImage: true }:
                    break; // alt texts are mostly "logo" and "badge"
                case ContainerInline children:
                    AppendInlines(children, text); // emphasis and link labels: the words without the marks or the URL
                    break;
            }
        }
    }
}
