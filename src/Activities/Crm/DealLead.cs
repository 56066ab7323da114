namespace WorkflowPlatform.Activities.Crm;

/// <summary>The lead of a listed deal: who to write to.</summary>
public sealed record DealLead(string Id, string? Name, string? Email, string? Phone);
