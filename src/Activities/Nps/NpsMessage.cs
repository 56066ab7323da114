using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Activities.Messaging;

namespace WorkflowPlatform.Activities.Nps;

/// <summary>The survey e-mail: the question and the link, and in HTML one link per score that opens the page with it chosen.</summary>
internal static class NpsMessage
{
    public static OutgoingEmail Compose(string to, string? name, string question, string? subject, NpsSurvey survey)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name.Trim()},";
        var until = survey.ExpiresAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = $"""
            {greeting}

            {question}

            Answer on a scale from 0 (not at all likely) to 10 (extremely likely), it takes a few seconds:
            {survey.Link}

            The link works until {until}.
            """;

        var scores = string.Join(" ", Enumerable.Range(0, 11).Select(score =>
            $"""<a href="{Encode(survey.Link)}?score={score}" style="display:inline-block;min-width:2em;padding:.4em;border:1px solid #555;text-align:center;text-decoration:none">{score}</a>"""));
        var html = $"""
            <!doctype html>
            <html lang="en"><body style="font-family:sans-serif">
            <p>{Encode(greeting)}</p>
            <p><strong>{Encode(question)}</strong></p>
            <p>0 = not at all likely, 10 = extremely likely</p>
            <p>{scores}</p>
            <p><a href="{Encode(survey.Link)}">Open the survey</a> (until {until}).</p>
            </body></html>
            """;

        // Stable per survey: a duplicate sent by a re-run after a crash carries the same Message-ID.
        var messageId = "nps-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(survey.Token)))[..32];
        return new OutgoingEmail([to.Trim()], name, subject ?? question, text, html, messageId);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
