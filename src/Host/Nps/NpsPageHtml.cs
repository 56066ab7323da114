using System.Globalization;
using System.Net;
using System.Text;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// The survey pages as plain server-rendered HTML: no scripts, no outside resources, inline CSS. The scale is a
/// fieldset of eleven labelled radio buttons (the question is its legend), so it works with a keyboard and a
/// screen reader; a problem is announced (role alert) and tied to the fields it concerns.
/// </summary>
internal static class NpsPageHtml
{
    public const int MaxCommentLength = 2000;

    private const string Style = """
        :root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
        body{margin:0;padding:1rem;background:Canvas;color:CanvasText}
        main{max-width:40rem;margin:2rem auto}
        h1{font-size:1.5rem}
        fieldset{border:0;margin:0 0 1.5rem;padding:0}
        legend{font-size:1.2rem;font-weight:600;margin-bottom:.25rem;padding:0}
        .hint{margin:.25rem 0 .75rem}
        .scale{display:flex;flex-wrap:wrap;gap:.35rem}
        .scale input{position:absolute;opacity:0;width:1px;height:1px}
        .scale label{display:inline-block;min-width:2.75rem;padding:.6rem 0;text-align:center;border:2px solid #555;border-radius:.4rem;cursor:pointer;font-weight:600}
        .scale input:checked+label{background:#1a4fa0;border-color:#1a4fa0;color:#fff}
        .scale input:focus-visible+label{outline:3px solid #e8a200;outline-offset:2px}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        label[for=comment]{display:block;font-weight:600;margin-bottom:.25rem}
        textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:2px solid #555;border-radius:.4rem}
        button{margin-top:1rem;font:inherit;font-weight:600;padding:.6rem 1.5rem;border:0;border-radius:.4rem;background:#1a4fa0;color:#fff;cursor:pointer}
        button:focus-visible{outline:3px solid #e8a200;outline-offset:2px}
        .error{border:2px solid #b00020;border-radius:.4rem;padding:.5rem 1rem;margin-bottom:1rem}
        """;

    /// <summary>The survey: the question, the 0–10 scale, a comment, and the problem with the last attempt if any.</summary>
    public static string Form(string token, string question, int? chosen, string? comment, string? error)
    {
        var scale = new StringBuilder();
        for (var score = 0; score <= 10; score++)
        {
            var extreme = score switch { 0 => "<span class=\"visually-hidden\"> (not at all likely)</span>", 10 => "<span class=\"visually-hidden\"> (extremely likely)</span>", _ => "" };
            var value = score.ToString(CultureInfo.InvariantCulture);
            scale.Append(CultureInfo.InvariantCulture,
                $"""<input type="radio" id="score-{value}" name="score" value="{value}" required{(chosen == score ? " checked" : "")}><label for="score-{value}">{value}{extreme}</label>""");
        }

        var errorBlock = error is null ? "" : $"""<div class="error" id="problem" role="alert"><p>{Encode(error)}</p></div>""";
        var describedBy = error is null ? "scale-hint" : "scale-hint problem";
        var body = $"""
            <h1>Your feedback</h1>
            {errorBlock}
            <form method="post" action="{Encode(Uri.EscapeDataString(token))}">
            <input type="hidden" name="token" value="{Encode(token)}">
            <fieldset aria-describedby="{describedBy}">
            <legend>{Encode(question)}</legend>
            <p class="hint" id="scale-hint">0 = not at all likely, 10 = extremely likely</p>
            <div class="scale">{scale}</div>
            </fieldset>
            <label for="comment">What is the main reason for your score? (optional)</label>
            <textarea id="comment" name="comment" rows="4" maxlength="{MaxCommentLength}">{Encode(comment ?? "")}</textarea>
            <button type="submit">Send my answer</button>
            </form>
            """;
        return Page("Your feedback", body);
    }

    public static string Thanks() =>
        Page("Thank you", "<h1>Thank you!</h1><p>Your answer was recorded. It helps us do better.</p>");

    /// <summary>A page that only says something: unknown, expired or already answered survey, or a bad request.</summary>
    public static string Message(string title, string text) =>
        Page(title, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    private static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{Encode(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
