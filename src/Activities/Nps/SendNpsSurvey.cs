using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Messaging;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Nps;

/// <summary>
/// Creates an NPS survey with an unguessable link and sends it by e-mail (the tenant's <c>smtp</c> connection) or
/// POSTs it to a URL. A re-run of the same execution reuses its survey, and does not send an e-mail that went out.
/// With <c>oncePerDeal</c> (the default) a deal is surveyed once: when another execution already made a survey for the
/// deal, that survey is the output (<c>alreadySurveyed</c>) and nothing is sent.
/// </summary>
[Activity("SendNpsSurvey", Category = "NPS", DisplayName = "Send NPS survey", Description = "Sends a 0–10 survey link by e-mail or HTTP; outputs the token and link.", Icon = "smile", HasSideEffects = true)]
public sealed class SendNpsSurvey(INpsSurveys surveys, IMailSender mailer, IHttpClientFactory httpClients) : Activity<SendNpsSurvey.Input, SendNpsSurvey.Output>
{
    public const string DefaultQuestion = "How likely are you to recommend us to a friend?";

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "Where the survey goes (channel email).")] string? Email = null,
        [Input(Description = "The person's name, used in the greeting.")] string? Name = null,
        string Question = DefaultQuestion,
        string? LeadId = null,
        string? DealId = null,
        [Input(Type = "duration", Description = "How long the link can be answered.")] string ExpiresIn = "P7D",
        [Input(Options = ["email", "http"])] string Channel = "email",
        [Input(Description = "Channel http: the URL the link is POSTed to as JSON.")] string? Url = null,
        [Input(Description = "Channel email: the tenant's smtp connection.")] string Connection = "default",
        string? Subject = null,
        [Input(Description = "With a dealId: survey the deal once; when another run already surveyed it, reuse that survey and send nothing.")] bool OncePerDeal = true);

    /// <param name="AlreadySurveyed">True when the deal's survey was made by another execution: nothing was sent.</param>
    public sealed record Output(string Token, string Link, DateTimeOffset ExpiresAt, bool AlreadySurveyed);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (Problem(input) is { } problem)
        {
            return ActivityResult.Fail(problem);
        }

        var workflow = context.Workflow;
        var request = new NpsSurveyRequest(workflow.TenantId, context.ExecutionId, workflow.InstanceId, workflow.DefinitionId, input.Question,
            context.Time.GetUtcNow() + Durations.Parse(input.ExpiresIn), input.LeadId, input.DealId);
        var (survey, alreadySurveyed) = input.OncePerDeal && input.DealId is not null
            ? await surveys.OpenOncePerDealAsync(request, cancellationToken)
            : (await surveys.OpenAsync(request, cancellationToken), false);
        if (alreadySurveyed)
        {
            return Complete(Done, new Output(survey.Token, survey.Link, survey.ExpiresAt, AlreadySurveyed: true));
        }

        var error = input.Channel == "email"
            ? await EmailAsync(input, survey, workflow.TenantId, cancellationToken)
            : await PostAsync(input, survey, context, cancellationToken);
        return error is null ? Complete(Done, new Output(survey.Token, survey.Link, survey.ExpiresAt, AlreadySurveyed: false)) : ActivityResult.Fail(error);
    }

    private static string? Problem(Input input)
    {
        if (input.Channel is not ("email" or "http"))
        {
            return $"SendNpsSurvey 'channel' must be email or http; got '{input.Channel}'.";
        }

        if (!Durations.TryParse(input.ExpiresIn, out var expiresIn) || expiresIn <= TimeSpan.Zero)
        {
            return $"SendNpsSurvey 'expiresIn' must be a positive ISO-8601 duration such as P7D; got '{input.ExpiresIn}'.";
        }

        if (string.IsNullOrWhiteSpace(input.Question))
        {
            return "SendNpsSurvey 'question' must not be empty.";
        }

        if (input.Channel == "email" && (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal)))
        {
            return $"SendNpsSurvey needs an 'email' address for channel email (or channel http with a 'url'); got '{input.Email}'.";
        }

        return input.Channel == "http" && (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            ? $"SendNpsSurvey channel http needs 'url', an absolute http(s) URL; got '{input.Url}'."
            : null;
    }

    /// <summary>Sends the e-mail unless an earlier run of this execution already did; null when sent.</summary>
    private async Task<string?> EmailAsync(Input input, NpsSurvey survey, string tenantId, CancellationToken cancellationToken)
    {
        if (survey.SentTo is not null)
        {
            return null;
        }

        var result = await mailer.SendAsync(tenantId, input.Connection, NpsMessage.Compose(input.Email!, input.Name, input.Question, input.Subject, survey), cancellationToken);
        if (!result.Sent)
        {
            return result.Error ?? "The survey e-mail was not sent.";
        }

        await surveys.MarkSentAsync(tenantId, survey.Token, input.Email!, cancellationToken);
        return null;
    }

    /// <summary>POSTs the link with the platform's HTTP client; the Idempotency-Key lets the receiver ignore a re-run.</summary>
    private async Task<string?> PostAsync(Input input, NpsSurvey survey, ActivityContext context, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["token"] = survey.Token,
            ["link"] = survey.Link,
            ["expiresAt"] = survey.ExpiresAt,
            ["question"] = input.Question,
            ["name"] = input.Name,
            ["email"] = input.Email,
            ["leadId"] = input.LeadId,
            ["dealId"] = input.DealId,
            ["instanceId"] = context.Workflow.InstanceId,
            ["workflowId"] = context.Workflow.DefinitionId,
        };
        var result = await JsonPost.SendAsync(httpClients, new Uri(input.Url!), body, context.ExecutionId, bearerToken: null, cancellationToken);
        return result.Error;
    }
}
