using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>What a burst needs besides the instance: expressions, run services, and where to commit checkpoints.</summary>
public sealed class ExecutionEnvironment
{
    public required ExpressionEngine Expressions { get; init; }
    public required RunServices Services { get; init; }

    /// <summary>Commits the delta so far (and clears it). Called after activities with side effects under <c>everyActivity</c>.</summary>
    public Func<WorkflowExecution, CancellationToken, Task>? Checkpoint { get; init; }
}
