namespace WorkflowPlatform.Engine.Runtime;

/// <summary>An activity scheduled to run: persisted with the instance until it has run.</summary>
/// <param name="ActivityId">The activity to run.</param>
/// <param name="Execution">Which execution of the activity in the instance (1-based); 0 until it starts.</param>
/// <param name="Attempt">1 for the first attempt.</param>
/// <param name="From">The activity whose outcome scheduled it, or null for the start.</param>
/// <param name="Port">The port of <paramref name="From"/> the connection left from.</param>
public sealed record WorkItem(string ActivityId, int Execution = 0, int Attempt = 1, string? From = null, string? Port = null);
