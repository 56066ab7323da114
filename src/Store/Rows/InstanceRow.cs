namespace WorkflowPlatform.Store.Rows;

/// <summary>An instance: queryable columns, its lease, and its state as one JSON document.</summary>
public sealed class InstanceRow
{
    public required string Id { get; set; }
    public required string TenantId { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public string? CorrelationId { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string State { get; set; }
    public long JournalSeq { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
