namespace WorkflowPlatform.Activities.Crm;

/// <summary>A deal with a lead: its value in cents of its currency, its stage, and when it was won.</summary>
public sealed record CrmDeal(
    string Id,
    string LeadId,
    string? Title,
    long ValueCents,
    string Currency,
    string Stage,
    DateTimeOffset? WonAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
