using System.Text;
using WorkflowPlatform.Activities.Knowledge.Parsing;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

/// <summary>What the parser accepts, and what it says about what it refuses.</summary>
public sealed class DocumentParserTests
{
    [Fact]
    public void Parse_PlainText_KeepsItWithUnixLineEndings()
    {
        var document = DocumentParser.Parse("Opening hours\r\nMonday to Friday, 9h to 18h.\r\n"u8.ToArray(), "hours.txt", "text/plain");

        Assert.Equal(new ParsedDocument("hours", "Opening hours\nMonday to Friday, 9h to 18h.", DocumentKind.Text), document);
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMark_DropsTheMarkAndKeepsAccents()
    {
        byte[] content = [.. Encoding.UTF8.Preamble, .. "Atenção: promoção válida até sábado."u8];

        var document = DocumentParser.Parse(content, "aviso.txt", null);

        Assert.Equal("Atenção: promoção válida até sábado.", document.Text);
    }

    [Theory]
    [InlineData("notes", "text/markdown", "markdown")]
    [InlineData("notes", "text/plain; charset=utf-8", "text")]
    [InlineData("notes.md", "text/plain", "markdown")]
    [InlineData("notes.markdown", "application/octet-stream", "markdown")]
    [InlineData("page.htm", null, "html")]
    [InlineData("PAGE.HTML", "text/plain", "html")]
    [InlineData("notes.v2", "text/plain", "text")]
    public void Parse_NameAndContentType_DecideTheKind(string fileName, string? contentType, string kind)
    {
        var document = DocumentParser.Parse("# Hello\n\nWorld"u8.ToArray(), fileName, contentType);

        Assert.Equal(kind, document.Kind);
    }

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.md")]
    [InlineData("empty.html")]
    [InlineData("empty.pdf")]
    public void Parse_EmptyFile_ThrowsEmpty(string fileName)
    {
        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse([], fileName, null));

        Assert.Equal($"'{fileName}' is empty: the file has no content.", error.Message);
    }

    [Theory]
    [InlineData("blank.txt", " \r\n\t \n")]
    [InlineData("blank.md", "<!-- nothing yet -->\n\n---\n")]
    [InlineData("blank.html", "<html><head><title>Soon</title><script>track()</script></head><body> </body></html>")]
    public void Parse_FileWithoutText_ThrowsEmpty(string fileName, string content)
    {
        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(Encoding.UTF8.GetBytes(content), fileName, null));

        Assert.Equal($"'{fileName}' is empty: it has no text.", error.Message);
    }

    [Theory]
    [InlineData("setup.exe", "application/octet-stream", "MZ\u0090\0")]
    [InlineData("photo.png", "image/png", "\u0089PNG\r\n\u001a\n")]
    [InlineData("upload", "image/png", "\u0089PNG\r\n\u001a\n")]
    [InlineData("contract.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004")]
    [InlineData("data.csv", "text/csv", "a,b\n1,2\n")]
    [InlineData("README", null, "Hello")]
    public void Parse_TypeNotAccepted_ThrowsListingTheAcceptedTypes(string fileName, string? contentType, string content)
    {
        var bytes = Encoding.Latin1.GetBytes(content);

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(bytes, fileName, contentType));

        Assert.Contains($"'{fileName}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a type the knowledge base accepts", error.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentKind.Accepted, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocxContentType_NamesTheContentTypeAndTheZip()
    {
        const string docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse([0x50, 0x4B, 0x03, 0x04, 20, 0], "contract.docx", docx));

        Assert.StartsWith($"'contract.docx' ({docx}) is not a type the knowledge base accepts. Its content is a ZIP archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WordDocumentRenamedToTxt_ThrowsNamingWhatItIs()
    {
        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse([0x50, 0x4B, 0x03, 0x04, 20, 0, 8, 0], "contract.txt", "text/plain"));

        Assert.Contains("'contract.txt' is not plain text: its content is a ZIP archive", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1.txt")]
    [InlineData("latin1.md")]
    public void Parse_InvalidUtf8_ThrowsNotValidUtf8(string fileName)
    {
        var latin1 = Encoding.Latin1.GetBytes("Promoção válida até sábado");

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(latin1, fileName, null));

        Assert.StartsWith($"'{fileName}' is not valid UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dump.txt")]
    [InlineData("dump.md")]
    [InlineData("dump.html")]
    public void Parse_BinaryWithNulBytes_ThrowsNotText(string fileName)
    {
        byte[] binary = [0x41, 0x42, 0x00, 0x00, 0x13, 0x37, 0x00, 0x43];

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(binary, fileName, null));

        Assert.StartsWith($"'{fileName}' is not text: it contains NUL bytes", error.Message, StringComparison.Ordinal);
    }
}
