using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Finds the conversation a message goes to, for the activities that write messages (<c>AppendMessage</c>,
/// <c>SendMessage</c>): the thread given by id, or the lead's thread on the channel, created on the first message.
/// </summary>
internal static class Conversations
{
    /// <summary>The save-time checks of the inputs that name the conversation.</summary>
    public static IEnumerable<(string Input, string Message)> Problems(ActivityNode node, string activity) => CrmInputs.Problems(
        ("channel", CrmVocabulary.ChannelProblem(CrmInputs.Text(node, "channel"))),
        ("threadId", CrmInputs.Has(node, "threadId") || CrmInputs.Has(node, "leadId") ? null : $"{activity} needs a threadId, or a leadId and a channel."),
        ("channel", CrmInputs.Has(node, "threadId") || !CrmInputs.Has(node, "leadId") || CrmInputs.Has(node, "channel") ? null : $"{activity} needs the channel of the lead's conversation."));

    /// <returns>The thread, or the problem (naming the input) that keeps it from being found.</returns>
    /// <exception cref="CrmException">The CRM refused the thread (an external id that is another lead's conversation).</exception>
    public static async Task<(CrmThread? Thread, string? Problem)> FindOrCreateAsync(
        ICrm crm, string tenantId, string? threadId, string? leadId, string? channel, string? externalId, string activity, CancellationToken cancellationToken)
    {
        if (CrmVocabulary.ChannelProblem(channel) is { } problem)
        {
            return (null, $"{activity}: {problem}");
        }

        if (threadId is not null)
        {
            if (await crm.GetThreadAsync(tenantId, threadId, cancellationToken) is not { } found)
            {
                return (null, $"{activity}: thread '{threadId}' was not found.");
            }

            return leadId is not null && leadId != found.LeadId
                ? (null, $"{activity}: thread '{threadId}' is a conversation with lead '{found.LeadId}', not with lead '{leadId}'.")
                : (found, null);
        }

        if (leadId is null || channel is null)
        {
            return (null, $"{activity} needs a threadId, or a leadId and a channel.");
        }

        if (await crm.GetLeadAsync(tenantId, leadId, cancellationToken) is null)
        {
            return (null, $"{activity}: lead '{leadId}' was not found.");
        }

        return (await crm.FindOrCreateThreadAsync(tenantId, leadId, channel, externalId, cancellationToken), null);
    }
}
