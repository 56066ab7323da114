namespace WorkflowPlatform.Activities.Creatives;

/// <summary>A deal a creative brought: the deal, its lead, and when it was linked.</summary>
public sealed record CreativeDeal(string DealId, string? LeadId, DateTimeOffset At);
