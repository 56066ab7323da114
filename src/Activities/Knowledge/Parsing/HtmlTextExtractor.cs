using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>The main text of an HTML page with AngleSharp: without menus, scripts and page chrome, one line per block.</summary>
internal static class HtmlTextExtractor
{
    private const string Noise = "script, style, noscript, template, nav, aside, form, svg, iframe, object, [hidden], [aria-hidden=true]";

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
        "tr", "ul",
    };

    public static (string? Title, string Text) Extract(byte[] content, string fileName)
    {
        TextDecoder.RejectBinary(content, fileName);

        // From the bytes, so that AngleSharp honours a byte order mark or a <meta charset> (old pages in Latin-1).
        using var stream = new MemoryStream(content, writable: false);
        var document = new HtmlParser().ParseDocument(stream);
        var roots = MainContent(document);

        var writer = new PlainTextWriter();
        foreach (var root in roots)
        {
            Write(root, writer);
        }

        var title = Collapse(document.Title) ?? Collapse(roots.Select(root => root.QuerySelector("h1")).FirstOrDefault(h1 => h1 is not null)?.TextContent);
        return (title, writer.ToString());
    }

    /// <summary>The text of an HTML fragment (an HTML block inside Markdown).</summary>
    public static string Fragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        RemoveNoise(document);
        var writer = new PlainTextWriter();
        Write(document.Body ?? document.DocumentElement, writer);
        return writer.ToString();
    }

    // <main> when there is one, else the page's (outermost) articles, else the whole body; noise removed.
    private static IReadOnlyList<IElement> MainContent(IDocument document)
    {
        RemoveNoise(document);
        if (document.QuerySelector("main") is { } main)
        {
            return [main];
        }

        var articles = document.QuerySelectorAll("article").Where(article => article.ParentElement?.Closest("article") is null).ToList();
        return articles.Count > 0 ? articles : [document.Body ?? document.DocumentElement];
    }

    private static void RemoveNoise(IDocument document)
    {
        // A <header> or <footer> inside an article is the article's own (its title, its author): keep those.
        var chrome = document.QuerySelectorAll("header, footer").Where(element => element.Closest("article") is null);
        foreach (var element in document.QuerySelectorAll(Noise).Concat(chrome).ToList())
        {
            element.Remove();
        }
    }

    // Recursion is safe: AngleSharp caps the depth of the tree it builds (HtmlParserOptions.MaximumDepth).
    private static void Write(INode node, PlainTextWriter writer)
    {
        if (node is IText text)
        {
            writer.Text(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                writer.LineBreak();
                return;
            case "pre":
                writer.EndLine();
                writer.Preformatted(element.TextContent);
                writer.EndLine();
                return;
            case "td" or "th" when element.PreviousElementSibling is not null:
                writer.Text(" | ");
                break;
        }

        var block = Blocks.Contains(element.LocalName);
        if (block)
        {
            writer.EndLine();
        }

        if (element.LocalName == "li")
        {
            writer.Text("- ");
        }

        foreach (var child in element.ChildNodes)
        {
            Write(child, writer);
        }

        if (block)
        {
            writer.EndLine();
        }
    }

    private static string? Collapse(string? text)
    {
        var writer = new PlainTextWriter();
        writer.Text(text ?? "");
        var collapsed = writer.ToString();
        return collapsed.Length == 0 ? null : collapsed;
    }
}
