using System.Globalization;
using System.Text;
using WorkflowPlatform.Activities.Nps;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// <c>GET /nps/{token}</c> shows the survey; <c>POST /nps/{token}</c> takes its answer as a form post. No API key:
/// the unguessable token is the credential. Every answer is an HTML page, including the refusals: unknown token
/// (404), expired survey (410), already answered (409), a bad answer (400, naming the problem, with the form again).
/// </summary>
internal static class NpsPages
{
    /// <summary>Tokens are 43 characters; anything much longer is not worth a look-up.</summary>
    private const int MaxTokenLength = 128;

    public static IEndpointRouteBuilder MapNpsPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/nps").WithTags("NPS").ExcludeFromDescription();
        pages.MapGet("/{token}", ShowAsync);
        pages.MapPost("/{token}", AnswerAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext http, NpsStore store, TimeProvider time)
    {
        var survey = await FindAsync(token, store, http.RequestAborted);
        if (Closed(survey, time, answering: false) is { } closed)
        {
            return closed;
        }

        // The e-mail links each score to the page with it chosen; the choice is only sent by the form.
        var chosen = int.TryParse(http.Request.Query["score"], NumberStyles.None, CultureInfo.InvariantCulture, out var score) && NpsCategory.IsScore(score) ? score : (int?)null;
        return Html(NpsPageHtml.Form(survey!.Token, survey.Question ?? SendNpsSurvey.DefaultQuestion, chosen, null, null), StatusCodes.Status200OK);
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext http, NpsStore store, NpsAnswers answers, TimeProvider time)
    {
        if (!http.Request.HasFormContentType)
        {
            return Html(NpsPageHtml.Message("Send the survey form", "Answers are taken from the survey page's form only."), StatusCodes.Status415UnsupportedMediaType);
        }

        var survey = await FindAsync(token, store, http.RequestAborted);
        if (Closed(survey, time, answering: true) is { } closed)
        {
            return closed;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return Html(NpsPageHtml.Message("The answer could not be read", "The form could not be read; please answer again from the survey page."), StatusCodes.Status400BadRequest);
        }

        if (form["token"] != survey!.Token)
        {
            return Html(NpsPageHtml.Message("This answer is for another survey", "The form does not belong to this survey link; please answer from the page of the link you received."), StatusCodes.Status400BadRequest);
        }

        var comment = form["comment"].ToString().Trim() is { Length: > 0 } text ? text : null;
        var scoreProblem = ScoreProblem(form["score"], out var score);
        if ((scoreProblem ?? CommentProblem(comment)) is { } problem)
        {
            var chosen = scoreProblem is null ? score : (int?)null;
            return Html(NpsPageHtml.Form(survey.Token, survey.Question ?? SendNpsSurvey.DefaultQuestion, chosen, comment, problem), StatusCodes.Status400BadRequest);
        }

        return await answers.AnswerAsync(survey, score, comment, http.RequestAborted) switch
        {
            NpsAnswerOutcome.Answered => Html(NpsPageHtml.Thanks(), StatusCodes.Status200OK),
            NpsAnswerOutcome.AlreadyAnswered => AlreadyAnswered(StatusCodes.Status409Conflict),
            NpsAnswerOutcome.Expired => Expired(),
            _ => Unknown(),
        };
    }

    private static async Task<NpsSurveyRow?> FindAsync(string token, NpsStore store, CancellationToken cancellationToken) =>
        token.Length is > 0 and <= MaxTokenLength ? await store.FindAsync(token, cancellationToken) : null;

    /// <summary>The page for a survey that cannot be answered (unknown, answered, expired), or null when it can.</summary>
    private static IResult? Closed(NpsSurveyRow? survey, TimeProvider time, bool answering) => survey switch
    {
        null => Unknown(),
        { AnsweredAt: not null } => AlreadyAnswered(answering ? StatusCodes.Status409Conflict : StatusCodes.Status200OK),
        _ when survey.ExpiresAt <= time.GetUtcNow() => Expired(),
        _ => null,
    };

    private static string? ScoreProblem(string? text, out int score)
    {
        score = -1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Please choose a score from 0 to 10.";
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out score) && NpsCategory.IsScore(score)
            ? null
            : $"The score must be a whole number from 0 to 10; got '{Shorten(text)}'.";
    }

    private static string? CommentProblem(string? comment) =>
        comment is { Length: > NpsPageHtml.MaxCommentLength }
            ? $"The comment is too long: {comment.Length} characters, at most {NpsPageHtml.MaxCommentLength}."
            : null;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static IResult Unknown() => Html(
        NpsPageHtml.Message("Survey not found", "This survey link is not valid. Please check that you opened the whole link from the message you received."),
        StatusCodes.Status404NotFound);

    private static IResult Expired() => Html(
        NpsPageHtml.Message("This survey has closed", "The time to answer this survey has passed. Thank you for your interest all the same."),
        StatusCodes.Status410Gone);

    private static IResult AlreadyAnswered(int status) => Html(
        NpsPageHtml.Message("Already answered", "This survey was already answered, and only one answer counts. Thank you!"),
        status);

    private static IResult Html(string html, int status) => new HtmlPage(html, status);

    /// <summary>An HTML answer that is never cached, framed, sniffed, or leaks its token-bearing URL as a referrer.</summary>
    private sealed class HtmlPage(string html, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            var bytes = Encoding.UTF8.GetBytes(html);
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
