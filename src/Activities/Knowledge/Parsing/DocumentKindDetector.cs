namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>Decides what an upload is from its file name, its declared content type and its first bytes.</summary>
internal static class DocumentKindDetector
{
    // A PDF reader accepts the header anywhere in the first kilobyte (some generators put junk before it).
    private const int PdfHeaderWindow = 1024;

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentKind.Pdf,
        [".html"] = DocumentKind.Html,
        [".htm"] = DocumentKind.Html,
        [".md"] = DocumentKind.Markdown,
        [".markdown"] = DocumentKind.Markdown,
        [".txt"] = DocumentKind.Text,
    };

    private static readonly Dictionary<string, string> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = DocumentKind.Pdf,
        ["text/html"] = DocumentKind.Html,
        ["application/xhtml+xml"] = DocumentKind.Html,
        ["text/markdown"] = DocumentKind.Markdown,
        ["text/x-markdown"] = DocumentKind.Markdown,
        ["text/plain"] = DocumentKind.Text,
    };

    // Formats people upload by mistake, so that the error can say what the file really is.
    private static readonly (byte[] Magic, string Description)[] KnownSignatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (as Word, Excel and PowerPoint files are)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (.doc, .xls, .ppt)"),
    ];

    public static string Detect(ReadOnlySpan<byte> content, string fileName, string? contentType)
    {
        var mediaType = MediaType(contentType);
        var declared = Declared(fileName, mediaType);

        // The bytes have the last word over a name or a content type.
        if (content.StartsWith("%PDF-"u8))
        {
            return DocumentKind.Pdf;
        }

        var actual = DescribeSignature(content);
        if (declared is null)
        {
            var given = mediaType is null ? $"'{fileName}'" : $"'{fileName}' ({mediaType})";
            var what = actual is null ? "" : $" Its content is {actual}.";
            throw new DocumentParseException($"{given} is not a type the knowledge base accepts.{what} Upload {DocumentKind.Accepted}.");
        }

        if (declared == DocumentKind.Pdf && !HasPdfHeader(content))
        {
            var what = actual is null ? "it does not start with %PDF-, so it is corrupt or of another type" : $"its content is {actual}";
            throw new DocumentParseException($"'{fileName}' is not a PDF: {what}. Upload {DocumentKind.Accepted}.");
        }

        if (actual is not null)
        {
            throw new DocumentParseException($"'{fileName}' is not {Describe(declared)}: its content is {actual}. Upload {DocumentKind.Accepted}.");
        }

        return declared;
    }

    // The extension decides when it is one we know (browsers send text/plain or application/octet-stream
    // for Markdown); the content type decides for names without one (or with an odd one, like "notes.v2").
    private static string? Declared(string fileName, string? mediaType)
    {
        if (ByExtension.TryGetValue(Path.GetExtension(fileName), out var byExtension))
        {
            return byExtension;
        }

        return mediaType is not null && ByMediaType.TryGetValue(mediaType, out var byMediaType) ? byMediaType : null;
    }

    private static string Describe(string kind) => kind switch
    {
        DocumentKind.Html => "an HTML page",
        DocumentKind.Markdown => "Markdown",
        _ => "plain text",
    };

    private static string? MediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim();
        return string.IsNullOrEmpty(mediaType) ? null : mediaType.ToLowerInvariant();
    }

    private static bool HasPdfHeader(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    private static string? DescribeSignature(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, description) in KnownSignatures)
        {
            if (content.StartsWith(magic))
            {
                return description;
            }
        }

        return null;
    }
}
