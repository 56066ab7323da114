namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Filters of <c>GET /api/instances</c>; paged by an opaque cursor.</summary>
public sealed record InstanceQuery
{
    public string? WorkflowId { get; init; }
    public WorkflowStatus? Status { get; init; }
    public string? CorrelationId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>One page of instances, newest first, and the cursor of the next page (null at the end).</summary>
public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, string? NextCursor);

public sealed record InstanceSummary(
    string Id,
    string WorkflowId,
    int Version,
    WorkflowStatus Status,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>An instance that has work to do: pending resumes, or a queue left by a crashed worker.</summary>
public sealed record RunnableInstance(string TenantId, string InstanceId);
