using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

public enum JournalEvent
{
    Started,
    Completed,
    Faulted,
    Retrying,
    Suspended,
    Resumed,
    Cancelled,

    /// <summary>A step inside an execution that the activity reported itself (an agent's tool call); the outcome names its kind.</summary>
    Step,
}

/// <summary>One line of an instance's journal (secrets redacted).</summary>
public sealed record JournalEntry
{
    public long Seq { get; init; }
    public required string ActivityId { get; init; }
    public required string Type { get; init; }
    public required JournalEvent Event { get; init; }
    public int Attempt { get; init; } = 1;
    public int Execution { get; init; }
    public string? Outcome { get; init; }
    public required DateTimeOffset At { get; init; }
    public double? DurationMs { get; init; }
    public JsonObject? Inputs { get; init; }
    public JsonObject? Outputs { get; init; }
    public string? Error { get; init; }
}
