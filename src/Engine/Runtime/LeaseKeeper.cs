using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Renews the leases of the bursts running on this worker every third of the lease duration, so a long activity
/// does not let a lease lapse and another worker take over an instance that is still running here. One loop
/// serves every burst: holding a lease costs a dictionary entry, not a timer.
/// </summary>
internal sealed class LeaseKeeper(IInstanceStore store, RuntimeOptions options, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<Burst, byte> running = new();
    private int started;

    public IDisposable Hold(Burst burst)
    {
        running.TryAdd(burst, 0);
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            _ = Task.Run(RenewLoopAsync);
        }

        return new Holder(this, burst);
    }

    private async Task RenewLoopAsync()
    {
        using var timer = new PeriodicTimer(options.LeaseDuration / 3, time);
        while (await timer.WaitForNextTickAsync())
        {
            foreach (var burst in running.Keys.Where(b => b.Persisted))
            {
                try
                {
                    var now = time.GetUtcNow();
                    if (!await store.TryAcquireLeaseAsync(burst.Instance.Id, burst.LeaseOwner, now + options.LeaseDuration, now, CancellationToken.None))
                    {
                        logger.LogWarning("Instance {InstanceId} lost its lease to another worker while running here", burst.Instance.Id);
                    }
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Renewing the lease of instance {InstanceId} failed", burst.Instance.Id);
                }
            }
        }
    }

    private sealed class Holder(LeaseKeeper keeper, Burst burst) : IDisposable
    {
        public void Dispose() => keeper.running.TryRemove(burst, out _);
    }
}
