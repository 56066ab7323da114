namespace WorkflowPlatform.Engine.Model;

/// <summary>An edge from an outcome port of one activity to another activity.</summary>
public sealed record Connection
{
    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>The outcome port of <see cref="From"/>; <c>Done</c> when omitted.</summary>
    public string? Port { get; init; }

    public string PortOrDefault => Port ?? "Done";
}
