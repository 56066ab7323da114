namespace WorkflowPlatform.Store;

/// <summary>Filters of <c>GET /api/tasks</c>, newest first, paged by an opaque cursor.</summary>
public sealed record TaskQuery
{
    public string? Status { get; init; }
    public string? LeadId { get; init; }
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}
