namespace WorkflowPlatform.Store.Rows;

public sealed class BookmarkRow
{
    public required string Id { get; set; }
    public required string TenantId { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public int Execution { get; set; }
    public int Attempt { get; set; }
    public required string Kind { get; set; }
    public string? Key { get; set; }
    public string? Token { get; set; }
    public DateTimeOffset? FireAt { get; set; }
    public bool FireIsTimeout { get; set; }
    public string? Data { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
