namespace WorkflowPlatform.Engine.Model;

/// <summary>Durable retry of a failed activity; waiting between attempts is a persisted timer.</summary>
public sealed record RetryPolicy
{
    /// <summary>Attempts including the first.</summary>
    public int MaxAttempts { get; init; } = 1;
    public string InitialDelay { get; init; } = "PT1S";
    public double Backoff { get; init; } = 2.0;
    public string? MaxDelay { get; init; }

    /// <summary>0..1: the fraction of each delay that is randomised.</summary>
    public double Jitter { get; init; }
}
