using System.Text;
using WorkflowPlatform.Activities.Knowledge.Parsing;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

public sealed class HtmlParsingTests
{
    private const string ArticlePage = """
        <!DOCTYPE html>
        <html lang="pt-BR">
        <head>
          <title>  Frequently asked
             questions | Acme  </title>
          <style>body { color: red; }</style>
          <script>window.analytics = "TRACKING-SCRIPT";</script>
        </head>
        <body>
          <header class="site"><a href="/">ACME-LOGO</a> <span>Site banner</span></header>
          <nav><ul><li><a href="/home">Home menu</a></li><li><a href="/blog">Blog menu</a></li></ul></nav>
          <aside>Related posts sidebar</aside>
          <article>
            <header><h1>How   refunds work</h1></header>
            <p>Refunds are paid
               within <strong>7 days</strong> of the return.</p>
            <h2>Steps</h2>
            <ol><li>Open the order</li><li>Click <em>Return</em></li></ol>
            <table>
              <tr><th>Plan</th><th>Refund</th></tr>
              <tr><td>Pro</td><td>Full</td></tr>
            </table>
            <p>Line one<br>Line two</p>
            <noscript>Enable JavaScript please</noscript>
            <form><label>Newsletter signup</label><input name="email"></form>
            <svg><text>SVG-LABEL</text></svg>
          </article>
          <footer>Copyright footer 2026</footer>
          <script>console.log("LATE-SCRIPT")</script>
        </body>
        </html>
        """;

    [Fact]
    public void Parse_PageWithArticle_KeepsTheArticleOneBlockPerLine()
    {
        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(ArticlePage), "faq.html", "text/html");

        Assert.Equal(DocumentKind.Html, document.Kind);
        Assert.Equal("Frequently asked questions | Acme", document.Title);
        Assert.Equal(
            """
            How refunds work
            Refunds are paid within 7 days of the return.
            Steps
            - Open the order
            - Click Return
            Plan | Refund
            Pro | Full
            Line one
            Line two
            """.ReplaceLineEndings("\n"),
            document.Text);
    }

    [Theory]
    [InlineData("TRACKING-SCRIPT")]
    [InlineData("LATE-SCRIPT")]
    [InlineData("color: red")]
    [InlineData("ACME-LOGO")]
    [InlineData("Home menu")]
    [InlineData("Related posts")]
    [InlineData("Enable JavaScript")]
    [InlineData("Newsletter")]
    [InlineData("SVG-LABEL")]
    [InlineData("Copyright footer")]
    public void Parse_PageWithArticle_DropsTheNoise(string noise)
    {
        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(ArticlePage), "faq.html", "text/html");

        Assert.DoesNotContain(noise, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageWithMain_PrefersMainOverTheRestOfTheBody()
    {
        const string page = """
            <html><body>
              <div class="promo">Banner outside main</div>
              <main><h1>Pricing</h1><section><p>Pro costs R$ 99.</p></section><article><p>Enterprise on request.</p></article></main>
              <div>Cookie notice</div>
            </body></html>
            """;

        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(page), "pricing.htm", null);

        Assert.Equal("Pricing", document.Title); // no <title>: the first h1
        Assert.Equal("Pricing\nPro costs R$ 99.\nEnterprise on request.", document.Text);
    }

    [Fact]
    public void Parse_PageWithoutMainOrArticle_TakesTheBodyWithoutTheChrome()
    {
        const string page = """
            <html><head><title>Contact</title></head><body>
              <header><nav>Menu</nav><h1>Site name</h1></header>
              <div><h1>Talk to us</h1><p>Write to the sales team.</p></div>
              <footer>All rights reserved</footer>
            </body></html>
            """;

        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(page), "contact.html", "text/html; charset=utf-8");

        Assert.Equal("Contact", document.Title);
        Assert.Equal("Talk to us\nWrite to the sales team.", document.Text);
    }

    [Fact]
    public void Parse_Latin1PageWithMetaCharset_DecodesTheAccents()
    {
        var page = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Promoção</title></head><body><p>Válida até sábado.</p></body></html>");

        var document = DocumentParser.Parse(page, "promo.html", "text/html");

        Assert.Equal("Promoção", document.Title);
        Assert.Equal("Válida até sábado.", document.Text);
    }

    [Fact]
    public void Parse_PreformattedBlock_KeepsItsLines()
    {
        var page = "<body><p>Run:</p><pre>\ndotnet build\n  dotnet test\n</pre><p>Done.</p></body>"u8.ToArray();

        var document = DocumentParser.Parse(page, "howto.html", null);

        Assert.Equal("Run:\ndotnet build\n  dotnet test\nDone.", document.Text);
    }
}
