namespace WorkflowPlatform.Engine.Sdk;

/// <summary>How an activity takes part in a run.</summary>
public enum ActivityKind
{
    /// <summary>Runs and completes.</summary>
    Action,

    /// <summary>Starts workflows (HTTP endpoint, cron, event); when reached mid-flow it behaves as blocking.</summary>
    Trigger,

    /// <summary>Waits for something outside the instance through a bookmark.</summary>
    Blocking,
}
