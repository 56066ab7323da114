namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>
/// Turns an uploaded file (PDF, HTML, Markdown or plain text) into its title and plain text for the knowledge base.
/// Anything it cannot take becomes a <see cref="DocumentParseException"/> whose message says why.
/// </summary>
public static class DocumentParser
{
    public static ParsedDocument Parse(byte[] content, string fileName, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);

        if (content.Length == 0)
        {
            throw new DocumentParseException($"'{fileName}' is empty: the file has no content.");
        }

        var kind = DocumentKindDetector.Detect(content, fileName, contentType);
        var (title, text) = kind switch
        {
            DocumentKind.Pdf => PdfTextExtractor.Extract(content),
            DocumentKind.Html => HtmlTextExtractor.Extract(content, fileName),
            DocumentKind.Markdown => MarkdownTextExtractor.Extract(TextDecoder.Decode(content, fileName)),
            _ => (null, TextDecoder.Decode(content, fileName)),
        };

        text = text.ReplaceLineEndings("\n").Trim();
        if (text.Length == 0)
        {
            var hint = kind == DocumentKind.Pdf ? " (a scanned PDF holds only images: run it through OCR first)" : "";
            throw new DocumentParseException($"'{fileName}' is empty: it has no text{hint}.");
        }

        return new ParsedDocument(string.IsNullOrWhiteSpace(title) ? TitleFrom(fileName) : title.Trim(), text, kind);
    }

    private static string TitleFrom(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Trim();
        return name.Length > 0 ? name : "Untitled";
    }
}
