using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>
/// At start and every few seconds, dispatches instances that have work nobody is doing: resumes whose message was
/// lost, or queues left by a worker that died (its lease expired).
/// </summary>
internal sealed class RecoveryPoller(IInstanceStore store, IWorkDispatcher dispatcher, TimeProvider time, ILogger<RecoveryPoller> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var runnable in await store.FindRunnableAsync(time.GetUtcNow(), 100, stoppingToken))
                {
                    await dispatcher.DispatchAsync(new RunInstance(runnable.TenantId, runnable.InstanceId), stoppingToken);
                }

                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Recovery scan failed; retrying");
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
    }
}
