using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>The text of a PDF, page by page, with PdfPig.</summary>
internal static class PdfTextExtractor
{
    public static (string? Title, string Text) Extract(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);

            // page.Text glues words and lines together when the PDF positions them without space characters
            // (PdfPig's own writer does); the content-order extractor puts spaces and line breaks from the gaps.
            var pages = document.GetPages()
                .Select(page => ContentOrderTextExtractor.GetText(page).Trim())
                .Where(text => text.Length > 0);
            return (document.Information.Title, string.Join("\n\n", pages));
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentParseException("The PDF could not be read: it is protected by a password. Remove the password and upload it again.", exception);
        }
        catch (Exception exception)
        {
            throw new DocumentParseException($"The PDF could not be read: {exception.Message}", exception);
        }
    }
}
