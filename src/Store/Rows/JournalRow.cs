namespace WorkflowPlatform.Store.Rows;

public sealed class JournalRow
{
    public required string TenantId { get; set; }
    public required string InstanceId { get; set; }
    public long Seq { get; set; }
    public required string ActivityId { get; set; }
    public required string Type { get; set; }
    public required string Event { get; set; }
    public int Attempt { get; set; }
    public int Execution { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset At { get; set; }
    public double? DurationMs { get; set; }
    public string? Inputs { get; set; }
    public string? Outputs { get; set; }
    public string? Error { get; set; }
}
