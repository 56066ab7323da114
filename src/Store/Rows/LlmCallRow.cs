namespace WorkflowPlatform.Store.Rows;

/// <summary>One call to a model: who made it, which model answered, tokens, cost and latency.</summary>
public sealed class LlmCallRow
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Connection { get; set; }
    public required string Model { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long CostMicroUsd { get; set; }
    public double LatencyMs { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
}
