using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>An activity execution awaiting I/O while other branches go on.</summary>
internal sealed record InFlight(
    WorkItem Item,
    CompiledActivity Activity,
    ActivityContext Context,
    Task<ActivityResult> Task,
    long StartedAt,
    CancellationTokenSource Cancellation);
