namespace WorkflowPlatform.Activities.Crm;

/// <summary>A deal as <c>ListDeals</c> gives it: the fields of <see cref="CrmDeal"/> and its lead.</summary>
public sealed record ListedDeal(
    string Id,
    string LeadId,
    string? Title,
    long ValueCents,
    string Currency,
    string Stage,
    DateTimeOffset? WonAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DealLead? Lead);
