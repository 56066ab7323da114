using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Runs dispatched work on the thread pool of this process: for tests and tools without a bus.</summary>
internal sealed class InProcessDispatcher(IServiceProvider services, ILogger<InProcessDispatcher> logger) : IWorkDispatcher
{
    public Task DispatchAsync(RunInstance work, CancellationToken cancellationToken)
    {
        _ = Task.Run(() => RunAsync(() => services.GetRequiredService<WorkflowRuntime>().ProcessAsync(work.TenantId, work.InstanceId, CancellationToken.None)), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task DispatchAsync(StartChild work, CancellationToken cancellationToken)
    {
        _ = Task.Run(() => RunAsync(() => services.GetRequiredService<ChildWorkflows>().StartChildAsync(work, CancellationToken.None)), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task DispatchAsync(PlatformEvent work, CancellationToken cancellationToken)
    {
        _ = Task.Run(() => RunAsync(() => services.GetRequiredService<PlatformEvents>().HandleAsync(work, CancellationToken.None)), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception exception)
        {
            // Recovery picks the instance up again from the store.
            logger.LogError(exception, "Dispatched work failed");
        }
    }
}
