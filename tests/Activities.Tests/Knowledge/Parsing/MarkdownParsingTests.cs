using System.Text;
using WorkflowPlatform.Activities.Knowledge.Parsing;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

public sealed class MarkdownParsingTests
{
    private const string Guide = """
        ---
        title: front matter title
        draft: true
        ---

        # Onboarding *guide*

        Welcome to **Acme**! Read the [pricing page](https://acme.example/pricing "Prices")
        and the `quickstart`; images like ![company logo](logo.png) are skipped.

        ## Steps

        - Create an account
        - Invite your __team__
          1. Open *Settings*
          2. Click [Invite](/invite)

        > Tip: see https://acme.example/help for more.

        | Plan | Price |
        |------|-------|
        | Pro  | R$ 99 |

        ```bash
        acme login
        ```

        ***

        <div align="center"><img src="badge.svg"> Made with &hearts; in Brazil</div>

        [ref]: https://acme.example/ref
        """;

    [Fact]
    public void Parse_Markdown_KeepsHeadingsParagraphsAndItemsAsLines()
    {
        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(Guide), "onboarding.md", "text/markdown");

        Assert.Equal(DocumentKind.Markdown, document.Kind);
        Assert.Equal("Onboarding guide", document.Title);
        Assert.Equal(
            """
            Onboarding guide
            Welcome to Acme! Read the pricing page and the quickstart; images like  are skipped.
            Steps
            - Create an account
            - Invite your team
            - Open Settings
            - Click Invite
            Tip: see https://acme.example/help for more.
            Plan | Price
            Pro | R$ 99
            acme login
            Made with ♥ in Brazil
            """.ReplaceLineEndings("\n"),
            document.Text);
    }

    [Theory]
    [InlineData("https://acme.example/pricing")]
    [InlineData("/invite")]
    [InlineData("logo.png")]
    [InlineData("badge.svg")]
    [InlineData("front matter")]
    [InlineData("**")]
    [InlineData("__")]
    [InlineData("`")]
    [InlineData("#")]
    [InlineData("https://acme.example/ref")]
    public void Parse_Markdown_DropsUrlsMarksAndMetadata(string noise)
    {
        var document = DocumentParser.Parse(Encoding.UTF8.GetBytes(Guide), "onboarding.md", null);

        Assert.DoesNotContain(noise, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkdownWithoutHeading_TakesTheFileNameAsTitle()
    {
        var document = DocumentParser.Parse("Just a paragraph with a  \nhard break."u8.ToArray(), "Release notes.markdown", null);

        Assert.Equal("Release notes", document.Title);
        Assert.Equal("Just a paragraph with a\nhard break.", document.Text);
    }

    [Fact]
    public void Parse_MarkdownNestedTooDeeply_ThrowsCouldNotBeRead()
    {
        var quotes = Encoding.UTF8.GetBytes(new string('>', 1000) + " deep");

        var error = Assert.Throws<DocumentParseException>(() => DocumentParser.Parse(quotes, "deep.md", null));

        Assert.StartsWith("The Markdown could not be read: ", error.Message, StringComparison.Ordinal);
    }
}
