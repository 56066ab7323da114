using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Nps;

/// <summary>
/// Waits for the answer to a survey (a bookmark of kind <c>Nps</c> keyed by its token, resumed by the survey page), or
/// times out. Without a <c>timeout</c> it waits until the survey expires, and never longer: after that no answer can come.
/// </summary>
[Activity("WaitForNpsResponse", Category = "NPS", DisplayName = "Wait for NPS response", Description = "Waits for the answer to a survey sent by SendNpsSurvey.", Icon = "hourglass", Kind = ActivityKind.Blocking)]
public sealed class WaitForNpsResponse(INpsSurveys surveys) : Activity<WaitForNpsResponse.Input, WaitForNpsResponse.Output>, IResumableActivity
{
    /// <summary>The bookmark kind the survey page resumes; the key is the survey's token.</summary>
    public const string BookmarkKind = "Nps";

    public static readonly Port Responded = new("Responded");
    public static readonly Port TimedOut = Port.TimedOut;

    public sealed record Input(
        [Input(Description = "The survey's token (outputs of SendNpsSurvey).")] string Token,
        [Input(Type = "duration", Description = "How long to wait; at most until the survey expires.")] string? Timeout = null);

    public sealed record Output(int Score, string? Comment, string Category);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.Zero;
        if (input.Timeout is not null && !Durations.TryParse(input.Timeout, out timeout))
        {
            return ActivityResult.Fail($"WaitForNpsResponse 'timeout' must be an ISO-8601 duration such as P3D; got '{input.Timeout}'.");
        }

        var survey = await surveys.FindAsync(context.Workflow.TenantId, input.Token ?? "", cancellationToken);
        if (survey is null)
        {
            return ActivityResult.Fail("WaitForNpsResponse 'token' names no survey of this tenant; pass outputs.<SendNpsSurvey activity>.token.");
        }

        // Answered before this wait began (the page was quicker than the flow): nothing to wait for.
        if (survey.Answer is { } answer)
        {
            return Complete(Responded, ToOutput(answer));
        }

        var timeoutAt = input.Timeout is null ? survey.ExpiresAt : Min(context.Time.GetUtcNow() + timeout, survey.ExpiresAt);
        return ActivityResult.Suspend(new BookmarkRequest
        {
            Kind = BookmarkKind,
            Key = survey.Token,
            TimeoutAt = timeoutAt,
            Data = new JsonObject { ["token"] = survey.Token },
        });
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken)
    {
        if (!resume.TimedOut && AnswerOf(resume.Payload) is { } answer)
        {
            return Complete(Responded, ToOutput(answer));
        }

        // A time-out, or a resume without an answer in it: the store says whether an answer came all the same
        // (one that arrived as the wait timed out, or whose resume was lost).
        var token = resume.BookmarkData?["token"]?.GetValue<string>() ?? "";
        return (await surveys.FindAsync(context.Workflow.TenantId, token, cancellationToken))?.Answer is { } stored
            ? Complete(Responded, ToOutput(stored))
            : ActivityResult.To(TimedOut);
    }

    private static NpsAnswer? AnswerOf(JsonNode? payload) =>
        payload?["score"] is JsonValue value && value.TryGetValue<int>(out var score) && NpsCategory.IsScore(score)
            ? new NpsAnswer(score, payload["comment"] is JsonValue comment && comment.TryGetValue<string>(out var text) ? text : null, NpsCategory.Of(score))
            : null;

    private static Output ToOutput(NpsAnswer answer) => new(answer.Score, answer.Comment, answer.Category);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
