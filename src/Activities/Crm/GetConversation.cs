using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// The last messages of a conversation, oldest first, and the same as chat history for <c>ChatCompletion</c> and
/// <c>Agent</c> (<c>history</c> input): the lead's messages as <c>user</c>, ours as <c>assistant</c>. A lead without
/// a thread on the channel yet has an empty conversation.
/// </summary>
[Activity("GetConversation", Category = "CRM", DisplayName = "Get conversation", Description = "Reads a conversation's last messages, ready to be LLM history.", Icon = "messages-square")]
public sealed class GetConversation(ICrm crm) : Activity<GetConversation.Input, GetConversation.Output>, IValidatesInputs
{
    public const int DefaultLast = 20;
    public const int MaxLast = 500;

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The thread to read; or give leadId and channel.")] string? ThreadId = null,
        string? LeadId = null,
        [Input(Options = [CrmVocabulary.WhatsApp, CrmVocabulary.Instagram, CrmVocabulary.Email, CrmVocabulary.Chat])] string? Channel = null,
        [Input(Description = "The conversation's id on the channel; the lead's latest thread on the channel when empty.")] string? ExternalId = null,
        [Input(Description = "How many of the last messages.")] int Last = DefaultLast);

    /// <summary>One entry of chat history, as ChatCompletion's <c>history</c> takes it.</summary>
    public sealed record Turn(string Role, string Content);

    public sealed record Output(string? ThreadId, IReadOnlyList<CrmMessage> Messages, IReadOnlyList<Turn> History);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("channel", CrmVocabulary.ChannelProblem(CrmInputs.Text(node, "channel"))),
        ("last", LastProblem(CrmInputs.Number(node, "last"))),
        ("threadId", CrmInputs.Has(node, "threadId") || CrmInputs.Has(node, "leadId") ? null : "GetConversation needs a threadId, or a leadId and a channel."),
        ("channel", CrmInputs.Has(node, "threadId") || !CrmInputs.Has(node, "leadId") || CrmInputs.Has(node, "channel") ? null : "GetConversation needs the channel of the lead's conversation."));

    private static string? LastProblem(long? last) => last is < 1 or > MaxLast ? $"last: {last} is out of range; use 1 to {MaxLast}." : null;

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if ((CrmVocabulary.ChannelProblem(input.Channel) ?? LastProblem(input.Last)) is { } problem)
        {
            return ActivityResult.Fail($"GetConversation: {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        CrmThread? thread;
        if (input.ThreadId is { } threadId)
        {
            thread = await crm.GetThreadAsync(tenantId, threadId, cancellationToken);
            if (thread is null)
            {
                return ActivityResult.Fail($"GetConversation: thread '{threadId}' was not found.");
            }
        }
        else if (input.LeadId is not { } leadId || input.Channel is not { } channel)
        {
            return ActivityResult.Fail("GetConversation needs a threadId, or a leadId and a channel.");
        }
        else if (await crm.GetLeadAsync(tenantId, leadId, cancellationToken) is null)
        {
            return ActivityResult.Fail($"GetConversation: lead '{leadId}' was not found.");
        }
        else
        {
            thread = await crm.FindThreadAsync(tenantId, leadId, channel, input.ExternalId, cancellationToken);
        }

        var messages = thread is null ? [] : await crm.LastMessagesAsync(tenantId, thread.Id, input.Last, cancellationToken);
        var history = messages.Select(m => new Turn(m.Direction == CrmVocabulary.Inbound ? "user" : "assistant", m.Body)).ToList();
        return Complete(Done, new Output(thread?.Id, messages, history));
    }
}
