using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Renews a burst's lease every third of its duration while the burst runs, so a long activity does not let the
/// lease lapse and another worker take over an instance that is still running here.
/// </summary>
internal sealed class LeaseKeeper : IDisposable
{
    private readonly CancellationTokenSource stop = new();

    private LeaseKeeper()
    {
    }

    public static LeaseKeeper Start(IInstanceStore store, Burst burst, RuntimeOptions options, TimeProvider time, ILogger logger)
    {
        var keeper = new LeaseKeeper();
        _ = keeper.RenewAsync(store, burst, options, time, logger);
        return keeper;
    }

    private async Task RenewAsync(IInstanceStore store, Burst burst, RuntimeOptions options, TimeProvider time, ILogger logger)
    {
        var every = options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, stop.Token);
                if (!burst.Persisted)
                {
                    continue; // nobody else can see it yet
                }

                var now = time.GetUtcNow();
                if (!await store.TryAcquireLeaseAsync(burst.Instance.Id, burst.LeaseOwner, now + options.LeaseDuration, now, stop.Token))
                {
                    logger.LogWarning("Instance {InstanceId} lost its lease to another worker while running here", burst.Instance.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The burst ended.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Renewing the lease of instance {InstanceId} failed", burst.Instance.Id);
        }
    }

    /// <summary>Stops renewing (the CTS is not disposed: the loop may still be reading its token).</summary>
    public void Dispose() => stop.Cancel();
}
