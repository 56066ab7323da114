using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Messaging;

/// <summary>
/// Tells the team something: an e-mail through the tenant's <c>smtp</c> connection, or a JSON POST to a URL (a chat
/// webhook, an internal service) with the execution id as <c>Idempotency-Key</c>. What went out is recorded by
/// execution, so a re-run (a retry of a later step, a restart) does not send it again and says so with <c>sent</c> false.
/// </summary>
[Activity("NotifyTeam", Category = "Messaging", DisplayName = "Notify team", Description = "Sends the team a note by e-mail or HTTP POST, once per execution.", Icon = "bell-ring", HasSideEffects = true)]
public sealed partial class NotifyTeam(IMailSender mailer, ITeamNotifications notifications, IHttpClientFactory httpClients)
    : Activity<NotifyTeam.Input, NotifyTeam.Output>, IValidatesInputs
{
    public const string EmailChannel = "email";
    public const string HttpChannel = "http";

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string Subject,
        string Text,
        [Input(Options = [EmailChannel, HttpChannel])] string Channel = EmailChannel,
        [Input(Description = "Channel email: one or more addresses, comma separated.")] string? To = null,
        [Input(Description = "Channel http: the URL the note is POSTed to as JSON { subject, text, workflowId, instanceId }.")] string? Url = null,
        [Input(Description = "Channel email: the tenant's smtp connection.")] string Connection = "default");

    /// <param name="Target">The addresses (comma separated) or the URL.</param>
    /// <param name="Sent">False when an earlier attempt of this execution already sent it.</param>
    public sealed record Output(string Channel, string Target, bool Sent);

    [GeneratedRegex(@"^[^@\s<>,;]+@[^@\s<>,;]+$")]
    private static partial Regex Address();

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node)
    {
        var channel = node.Inputs.GetValueOrDefault("channel") switch
        {
            null => EmailChannel,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => null, // an expression: checked when it runs
        };
        return new (string Input, string? Message)[]
            {
                ("subject", Literal(node, "subject") is { } subject ? TextProblem("subject", subject) : null),
                ("text", Literal(node, "text") is { } text ? TextProblem("text", text) : null),
                ("channel", channel is null ? null : ChannelProblem(channel)),
                ("to", channel == EmailChannel ? (node.Inputs.GetValueOrDefault("to") is null ? ToProblem(null) : Literal(node, "to") is { } to ? ToProblem(to) : null) : null),
                ("url", channel == HttpChannel ? (node.Inputs.GetValueOrDefault("url") is null ? UrlProblem(null) : Literal(node, "url") is { } url ? UrlProblem(url) : null) : null),
            }
            .Where(p => p.Message is not null).Select(p => (p.Input, p.Message!));
    }

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var email = input.Channel == EmailChannel;
        var problem = TextProblem("subject", input.Subject) ?? TextProblem("text", input.Text) ?? ChannelProblem(input.Channel)
                      ?? (email ? ToProblem(input.To) : UrlProblem(input.Url));
        if (problem is not null)
        {
            return ActivityResult.Fail($"NotifyTeam {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        if (await notifications.FindAsync(tenantId, context.ExecutionId, cancellationToken) is { } earlier)
        {
            return Complete(Done, new Output(earlier.Channel, earlier.Target, Sent: false));
        }

        var recipients = email ? Recipients(input.To!) : [];
        var target = email ? string.Join(", ", recipients) : input.Url!;
        var error = email
            ? (await mailer.SendAsync(tenantId, input.Connection, new OutgoingEmail(recipients, null, input.Subject, input.Text, null, MessageIdOf(context.ExecutionId)), cancellationToken)).Error
            : (await JsonPost.SendAsync(httpClients, new Uri(input.Url!), new JsonObject
            {
                ["subject"] = input.Subject,
                ["text"] = input.Text,
                ["workflowId"] = context.Workflow.DefinitionId,
                ["instanceId"] = context.Workflow.InstanceId,
            }, context.ExecutionId, bearerToken: null, cancellationToken)).Error;
        if (error is not null)
        {
            return ActivityResult.Fail($"NotifyTeam: {error}");
        }

        await notifications.RecordAsync(tenantId, context.ExecutionId, input.Channel, target, input.Subject, cancellationToken);
        return Complete(Done, new Output(input.Channel, target, Sent: true));
    }

    private static string? Literal(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string? TextProblem(string name, string? text) =>
        string.IsNullOrWhiteSpace(text) ? $"'{name}' must not be empty." : null;

    private static string? ChannelProblem(string channel) =>
        channel is EmailChannel or HttpChannel ? null : $"'channel' must be {EmailChannel} or {HttpChannel}; got '{channel}'.";

    private static string? ToProblem(string? to)
    {
        var recipients = to is null ? [] : Recipients(to);
        if (recipients.Count == 0)
        {
            return "channel email needs 'to': one or more e-mail addresses, comma separated (or channel http with a 'url').";
        }

        var bad = recipients.Where(r => !Address().IsMatch(AddressOf(r))).ToList();
        return bad.Count == 0 ? null : $"'to': {string.Join(", ", bad.Select(b => $"'{b}'"))} {(bad.Count == 1 ? "is not an e-mail address" : "are not e-mail addresses")}.";
    }

    private static string? UrlProblem(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? null
            : $"channel http needs 'url', an absolute http(s) URL; got '{url}'.";

    private static List<string> Recipients(string to) =>
        to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>The address of <c>Name &lt;address&gt;</c>, or the text itself.</summary>
    private static string AddressOf(string recipient) =>
        recipient.LastIndexOf('<') is var open and >= 0 && recipient.EndsWith('>') ? recipient[(open + 1)..^1].Trim() : recipient;

    /// <summary>The same for every attempt of the execution: a duplicate after a crash carries the same Message-ID.</summary>
    private static string MessageIdOf(string executionId) =>
        "notify-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(executionId)))[..32];
}
