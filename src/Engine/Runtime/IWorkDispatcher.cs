namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Hands work to a worker: "this instance has resumes or a queue to run". The durable truth is in the store
/// (resume rows, queues); a lost message only delays the work until recovery finds it.
/// </summary>
public interface IWorkDispatcher
{
    Task DispatchAsync(RunInstance work, CancellationToken cancellationToken);

    Task DispatchAsync(StartChild work, CancellationToken cancellationToken);

    Task DispatchAsync(PlatformEvent work, CancellationToken cancellationToken);
}

/// <summary>Run the pending work of an instance.</summary>
public sealed record RunInstance(string TenantId, string InstanceId);

/// <summary>Start the child of a <c>RunWorkflow</c> bookmark.</summary>
public sealed record StartChild(string TenantId, string ParentInstanceId, string BookmarkId);

/// <summary>Something happened to an instance that <c>Event</c>-triggered workflows may react to (see <see cref="PlatformEvents"/>).</summary>
public sealed record PlatformEvent(string TenantId, string Name, string InstanceId, string WorkflowId, int Version, string Status, string? CorrelationId, string? Error);
