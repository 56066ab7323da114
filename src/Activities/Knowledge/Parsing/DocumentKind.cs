namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>The kinds of document the knowledge base accepts, as they appear in <see cref="ParsedDocument.Kind"/>.</summary>
public static class DocumentKind
{
    public const string Pdf = "pdf";
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Text = "text";

    /// <summary>What an upload may be, for error messages and the API's documentation.</summary>
    public const string Accepted = "PDF (.pdf), HTML (.html, .htm), Markdown (.md, .markdown) or plain text (.txt)";
}
