namespace WorkflowPlatform.Activities.Crm;

/// <summary>A deal to create. Its id is the caller's, so that creating it again (a re-run) finds the same deal.</summary>
public sealed record NewDeal(string Id, string LeadId, string? Title, long ValueCents, string Currency, string Stage);
