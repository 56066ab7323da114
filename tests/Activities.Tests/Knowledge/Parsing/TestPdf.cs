using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

/// <summary>
/// Real PDFs for tests, written with PdfPig: one A4 page per string, a line per '\n', long lines wrapped.
/// PdfPig's Helvetica cannot draw every Latin-1 letter (in 0.1.16 it throws on 'ç' and '€'); 'é', 'ã', 'õ' are fine.
/// </summary>
public static class TestPdf
{
    private const double FontSize = 12;
    private const double Margin = 50;
    private const double LineHeight = 16;
    private const int MaximumLineLength = 80;

    public static byte[] Create(params string[] pages) => CreateTitled(title: null, pages);

    public static byte[] CreateTitled(string? title, params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = page.PageSize.Top - Margin;
            foreach (var line in text.Split('\n').SelectMany(Wrap))
            {
                if (line.Length > 0)
                {
                    page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
                }

                y -= LineHeight;
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        var current = "";
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > MaximumLineLength)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        yield return current;
    }
}
