namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Why an instance faulted: the activity whose attempts were spent (or that failed without a retry policy).</summary>
public sealed record Incident(string ActivityId, string ActivityType, int Execution, int Attempt, string Message, DateTimeOffset At);
