namespace WorkflowPlatform.Store.Rows;

/// <summary>One change made through the API: who (key), what (method, path, target), when. Rows are only ever inserted.</summary>
public sealed class AuditRow
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string KeyId { get; set; }
    public required string KeyName { get; set; }
    public required string Action { get; set; }
    public required string Path { get; set; }
    public int Status { get; set; }
}
