namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Starts instances (used by the API, triggers and <c>RunWorkflow</c> without waiting).</summary>
public interface IWorkflowStarter
{
    Task<RunResult> StartAsync(StartRequest request, CancellationToken cancellationToken);
}
