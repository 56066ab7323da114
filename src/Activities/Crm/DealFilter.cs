namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Which deals <see cref="ICrm.ListDealsAsync"/> finds, all filters together, newest first. The won window is
/// [<see cref="WonFrom"/>, <see cref="WonTo"/>) and selects won deals only.
/// </summary>
/// <param name="WithoutSurvey">Only deals that no NPS survey of the tenant names.</param>
public sealed record DealFilter(string? Stage, bool? Won, DateTimeOffset? WonFrom, DateTimeOffset? WonTo, bool WithoutSurvey, int Limit);
