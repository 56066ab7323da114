using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Adds a message to a conversation: the thread given by id, or the lead's thread on the channel (the one with the
/// external id when given), created on the first message. The message carries the execution id, so a re-run of the
/// step (a retry, a restart) returns the stored message instead of adding it twice.
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
            ("direction", CrmVocabulary.DirectionProblem(CrmInputs.Text(node, "direction"))))
        .Concat(Conversations.Problems(node, "AppendMessage"));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (CrmVocabulary.DirectionProblem(input.Direction) is { } problem)
        {
            return ActivityResult.Fail($"AppendMessage: {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        try
        {
            var (thread, missing) = await Conversations.FindOrCreateAsync(crm, tenantId, input.ThreadId, input.LeadId, input.Channel, input.ExternalId, "AppendMessage", cancellationToken);
            if (thread is null)
            {
                return ActivityResult.Fail(missing!);
            }

            var message = await crm.AppendMessageAsync(tenantId, thread.Id, new NewMessage(input.Direction, input.Sender, input.Body, input.Meta, context.ExecutionId), cancellationToken);
            return Complete(Done, new Output(message.ThreadId, message.Id, thread.LeadId));
        }
        catch (CrmException exception)
        {
            return ActivityResult.Fail($"AppendMessage: {exception.Message}");
        }
    }
}
