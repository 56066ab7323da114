namespace WorkflowPlatform.Store.Rows;

/// <summary>A resume accepted and not yet applied; the consumed bookmark travels with it as JSON.</summary>
public sealed class ResumeRow
{
    public required string Id { get; set; }
    public required string TenantId { get; set; }
    public required string InstanceId { get; set; }
    public required string Bookmark { get; set; }
    public string? Payload { get; set; }
    public bool TimedOut { get; set; }
    public string? Trigger { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
