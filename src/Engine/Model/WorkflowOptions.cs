namespace WorkflowPlatform.Engine.Model;

/// <summary>Definition-wide execution options.</summary>
public sealed record WorkflowOptions
{
    public const int DefaultMaxSteps = 10_000;

    /// <summary>ISO-8601 duration bounding the whole instance, or null.</summary>
    public string? Timeout { get; init; }

    /// <summary><see cref="PersistenceMode.EveryActivity"/> (default) or <see cref="PersistenceMode.OnSuspend"/>.</summary>
    public string Persistence { get; init; } = PersistenceMode.EveryActivity;

    public int MaxSteps { get; init; } = DefaultMaxSteps;
}

public static class PersistenceMode
{
    public const string EveryActivity = "everyActivity";
    public const string OnSuspend = "onSuspend";
}
