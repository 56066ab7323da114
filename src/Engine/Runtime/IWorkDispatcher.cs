namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Hands work to a worker: "this instance has resumes or a queue to run". The durable truth is in the store
/// (resume rows, queues); a lost message only delays the work until recovery finds it.
/// </summary>
public interface IWorkDispatcher
{
    Task DispatchAsync(RunInstance work, CancellationToken cancellationToken);

    Task DispatchAsync(StartChild work, CancellationToken cancellationToken);
}

/// <summary>Run the pending work of an instance.</summary>
public sealed record RunInstance(string TenantId, string InstanceId);

/// <summary>Start the child of a <c>RunWorkflow</c> bookmark.</summary>
public sealed record StartChild(string TenantId, string ParentInstanceId, string BookmarkId);
