namespace WorkflowPlatform.Store.Rows;

public sealed class TenantRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The plan's runs per calendar month; null is unlimited.</summary>
    public int? MaxRunsPerMonth { get; set; }
}
