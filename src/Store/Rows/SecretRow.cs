namespace WorkflowPlatform.Store.Rows;

/// <summary>A named tenant secret; the value is stored only as Data Protection ciphertext.</summary>
public sealed class SecretRow
{
    public required string TenantId { get; set; }
    public required string Name { get; set; }
    public required string ProtectedValue { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
