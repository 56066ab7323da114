using System.Text;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>The three kinds of file the knowledge tests ingest, made here: a real PDF, an HTML page with noise around its article, Markdown.</summary>
public static class TestDocuments
{
    public static byte[] Pdf(params string[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800;
            foreach (var line in text.Split('\n'))
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    public static byte[] Html(string title, string article) => Encoding.UTF8.GetBytes(
        $$"""
        <!doctype html><html><head><title>{{title}}</title><script>var tracking = "cookie banner";</script><style>body { color: red }</style></head>
        <body><nav>Home | Pricing | Login</nav><article><h1>{{title}}</h1><p>{{article}}</p></article><footer>Copyright footer text</footer></body></html>
        """);

    public static byte[] Markdown(string title, string body) => Encoding.UTF8.GetBytes($"# {title}\n\n{body}\n\n- see [the docs](https://example.com/docs)\n");
}
