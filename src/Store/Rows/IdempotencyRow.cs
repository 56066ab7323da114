namespace WorkflowPlatform.Store.Rows;

/// <summary>The first answer to a POST with an <c>Idempotency-Key</c>, replayed for 24 hours.</summary>
public sealed class IdempotencyRow
{
    public required string TenantId { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }

    /// <summary>0 while the first request is still being answered.</summary>
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
