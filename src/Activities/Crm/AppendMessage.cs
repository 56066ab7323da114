using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Adds a message to a conversation: the thread given by id, or the lead's thread on the channel (the one with the
/// external id when given), created on the first message.
/// </summary>
[Activity("AppendMessage", Category = "CRM", DisplayName = "Append message", Description = "Records a message of a conversation with a lead, creating its thread when needed.", Icon = "message-square-plus", HasSideEffects = true)]
public sealed class AppendMessage(ICrm crm) : Activity<AppendMessage.Input, AppendMessage.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Options = [CrmVocabulary.Inbound, CrmVocabulary.Outbound], Description = "inbound: from the lead; outbound: to the lead.")] string Direction,
        string Body,
        [Input(Description = "The thread to append to; or give leadId and channel.")] string? ThreadId = null,
        string? LeadId = null,
        [Input(Options = [CrmVocabulary.WhatsApp, CrmVocabulary.Instagram, CrmVocabulary.Email, CrmVocabulary.Chat])] string? Channel = null,
        [Input(Description = "The conversation's id on the channel (a WhatsApp chat, an e-mail thread).")] string? ExternalId = null,
        [Input(Description = "Who wrote it: the lead's name, an agent, a person of the team.")] string? Sender = null,
        JsonObject? Meta = null);

    public sealed record Output(string ThreadId, long MessageId, string LeadId);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("direction", CrmVocabulary.DirectionProblem(CrmInputs.Text(node, "direction"))),
        ("channel", CrmVocabulary.ChannelProblem(CrmInputs.Text(node, "channel"))),
        ("threadId", CrmInputs.Has(node, "threadId") || CrmInputs.Has(node, "leadId") ? null : "AppendMessage needs a threadId, or a leadId and a channel."),
        ("channel", CrmInputs.Has(node, "threadId") || !CrmInputs.Has(node, "leadId") || CrmInputs.Has(node, "channel") ? null : "AppendMessage needs the channel of the lead's conversation."));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if ((CrmVocabulary.DirectionProblem(input.Direction) ?? CrmVocabulary.ChannelProblem(input.Channel)) is { } problem)
        {
            return ActivityResult.Fail($"AppendMessage: {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        try
        {
            CrmThread thread;
            if (input.ThreadId is { } threadId)
            {
                if (await crm.GetThreadAsync(tenantId, threadId, cancellationToken) is not { } found)
                {
                    return ActivityResult.Fail($"AppendMessage: thread '{threadId}' was not found.");
                }

                if (input.LeadId is { } leadId && leadId != found.LeadId)
                {
                    return ActivityResult.Fail($"AppendMessage: thread '{threadId}' is a conversation with lead '{found.LeadId}', not with lead '{leadId}'.");
                }

                thread = found;
            }
            else if (input.LeadId is not { } leadId || input.Channel is not { } channel)
            {
                return ActivityResult.Fail("AppendMessage needs a threadId, or a leadId and a channel.");
            }
            else if (await crm.GetLeadAsync(tenantId, leadId, cancellationToken) is null)
            {
                return ActivityResult.Fail($"AppendMessage: lead '{leadId}' was not found.");
            }
            else
            {
                thread = await crm.FindOrCreateThreadAsync(tenantId, leadId, channel, input.ExternalId, cancellationToken);
            }

            var message = await crm.AppendMessageAsync(tenantId, thread.Id, new NewMessage(input.Direction, input.Sender, input.Body, input.Meta), cancellationToken);
            return Complete(Done, new Output(thread.Id, message.Id, thread.LeadId));
        }
        catch (CrmException exception)
        {
            return ActivityResult.Fail($"AppendMessage: {exception.Message}");
        }
    }
}
