using System.Collections.Concurrent;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// In-process mutual exclusion per instance, so two resumes on this node queue up instead of fighting over the
/// store lease. The store lease still guards against other nodes.
/// </summary>
public sealed class InstanceLocks
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = entries.GetOrAdd(instanceId, _ => new Entry());
            lock (entry)
            {
                if (!entry.Retired)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(instanceId, entry);
            throw;
        }

        return new Releaser(this, instanceId, entry);
    }

    private void Leave(string instanceId, Entry entry)
    {
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Retired = true;
                entries.TryRemove(new KeyValuePair<string, Entry>(instanceId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }
        public bool Retired { get; set; }
    }

    private sealed class Releaser(InstanceLocks owner, string instanceId, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(instanceId, entry);
            }
        }
    }
}
