namespace WorkflowPlatform.Store.Rows;

/// <summary>An API key: only the SHA-256 of its secret is kept.</summary>
public sealed class ApiKeyRow
{
    public required string Id { get; set; }
    public required string TenantId { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public bool IsPlatformAdmin { get; set; }
    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
