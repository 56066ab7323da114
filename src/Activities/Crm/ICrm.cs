using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// A tenant's leads, conversations and deals; the host implements it over its store. Lookups answer null for what
/// does not exist in the tenant; writes throw <see cref="CrmException"/> for input they refuse.
/// </summary>
public interface ICrm
{
    /// <summary>Finds the lead by e-mail, else by phone, and updates it; or creates it.</summary>
    Task<(CrmLead Lead, bool Created)> UpsertLeadAsync(string tenantId, LeadFields lead, CancellationToken cancellationToken);

    Task<CrmLead?> GetLeadAsync(string tenantId, string leadId, CancellationToken cancellationToken);

    /// <summary>The lead with this e-mail, else the one with this phone; null when none.</summary>
    Task<CrmLead?> FindLeadAsync(string tenantId, string? email, string? phone, CancellationToken cancellationToken);

    /// <summary>Sets the given stage and score and merges the meta; null when the lead does not exist.</summary>
    Task<CrmLead?> UpdateLeadAsync(string tenantId, string leadId, string? stage, int? score, JsonObject? meta, CancellationToken cancellationToken);

    Task<CrmThread?> GetThreadAsync(string tenantId, string threadId, CancellationToken cancellationToken);

    /// <summary>The thread known on the channel by the external id, or without one the lead's latest thread on the channel.</summary>
    Task<CrmThread?> FindThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken);

    /// <summary>Like <see cref="FindThreadAsync"/>, creating the thread when there is none.</summary>
    Task<CrmThread> FindOrCreateThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the message at the end of the thread. A message with an execution id is added once: a re-run of that
    /// execution, even a concurrent one, gets the stored message back (whatever the thread it was stored in).
    /// </summary>
    Task<CrmMessage> AppendMessageAsync(string tenantId, string threadId, NewMessage message, CancellationToken cancellationToken);

    /// <summary>The thread's last <paramref name="count"/> messages, oldest first.</summary>
    Task<IReadOnlyList<CrmMessage>> LastMessagesAsync(string tenantId, string threadId, int count, CancellationToken cancellationToken);

    /// <summary>Creates the deal, or returns the deal that already has its id.</summary>
    Task<CrmDeal> CreateDealAsync(string tenantId, NewDeal deal, CancellationToken cancellationToken);

    Task<CrmDeal?> GetDealAsync(string tenantId, string dealId, CancellationToken cancellationToken);

    /// <summary>The deals the filter selects, newest first, each with its lead.</summary>
    Task<IReadOnlyList<ListedDeal>> ListDealsAsync(string tenantId, DealFilter filter, CancellationToken cancellationToken);

    /// <summary>Moves a deal that is not won; null when the deal does not exist.</summary>
    Task<CrmDeal?> MoveDealStageAsync(string tenantId, string dealId, string stage, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the deal won once. <c>Won</c> is true for the one <paramref name="winner"/> (an activity execution id)
    /// that won it, also when it asks again; null when the deal does not exist.
    /// </summary>
    Task<(CrmDeal Deal, bool Won)?> MarkDealWonAsync(string tenantId, string dealId, string winner, CancellationToken cancellationToken);
}
