using System.Text;
using WorkflowPlatform.Activities.Knowledge.Parsing;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

public sealed class PdfParsingTests
{
    [Fact]
    public void Parse_TwoPagePdf_ReturnsBothPagesInOrderWithSpacedWords()
    {
        var pdf = TestPdf.Create(
            "Refund policy\nRefunds are paid within 7 days of the return.",
            "Shipping\nWe ship to every state of Brazil.");

        var document = DocumentParser.Parse(pdf, "policies.pdf", "application/pdf");

        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal("policies", document.Title);
        Assert.Equal(
            "Refund policy\nRefunds are paid within 7 days of the return.\n\nShipping\nWe ship to every state of Brazil.",
            document.Text);
    }

    [Fact]
    public void Parse_PdfWithDocumentTitle_TakesThatTitle()
    {
        var pdf = TestPdf.CreateTitled("Price list 2026", "Plan Pro costs R$ 99 a month.");

        var document = DocumentParser.Parse(pdf, "prices.pdf", "application/pdf");

        Assert.Equal("Price list 2026", document.Title);
        Assert.Equal("Plan Pro costs R$ 99 a month.", document.Text);
    }

    [Fact]
    public void Parse_PdfWithoutExtensionSentAsOctetStream_IsReadByItsBytes()
    {
        var document = DocumentParser.Parse(TestPdf.Create("Hello from a PDF."), "upload", "application/octet-stream");

        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal("Hello from a PDF.", document.Text);
    }

    [Fact]
    public void Parse_PdfHeaderFollowedByGarbage_ThrowsCouldNotBeRead()
    {
        var corrupt = Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a PDF body at all, just garbage\n%%EOF\n");

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(corrupt, "broken.pdf", "application/pdf"));

        Assert.StartsWith("The PDF could not be read: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedPdf_ThrowsCouldNotBeRead()
    {
        var pdf = TestPdf.Create("A page that will be cut in half.", "And a second one.");

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(pdf[..(pdf.Length / 2)], "cut.pdf", null));

        Assert.StartsWith("The PDF could not be read: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PngNamedPdf_ThrowsNotAPdfNamingThePng()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(png, "scan.pdf", "application/pdf"));

        Assert.Contains("'scan.pdf' is not a PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("PNG image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextNamedPdf_ThrowsNotAPdf()
    {
        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse("just some text"u8.ToArray(), "notes.pdf", null));

        Assert.Contains("'notes.pdf' is not a PDF: it does not start with %PDF-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PdfWithoutText_ThrowsEmptyWithOcrHint()
    {
        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(TestPdf.Create(""), "scanned.pdf", "application/pdf"));

        Assert.Contains("'scanned.pdf' is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }
}
