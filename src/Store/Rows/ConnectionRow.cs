namespace WorkflowPlatform.Store.Rows;

/// <summary>A named connection to an outside system; its settings are JSON and its credential is a secret's name.</summary>
public sealed class ConnectionRow
{
    public required string TenantId { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string Settings { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
