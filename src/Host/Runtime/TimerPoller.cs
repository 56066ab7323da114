using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>
/// Fires due timers (delays, retry back-offs, time-outs): they are bookmark rows, so they survive restarts.
/// Looks at least once a second, and sooner when a commit adds an earlier timer.
/// </summary>
internal sealed class TimerPoller(IInstanceStore store, BookmarkResumer resumer, TimerSignal signal, TimeProvider time, ILogger<TimerPoller> logger) : BackgroundService
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
                var next = await store.NextFireAtAsync(stoppingToken);
                var wait = next is null ? MaxWait : next.Value - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await signal.WaitAsync(wait < MaxWait ? wait : MaxWait, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Firing timers failed; retrying");
                await Task.Delay(MaxWait, time, stoppingToken);
            }
        }
    }

    private async Task FireDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = await store.FindDueBookmarksAsync(time.GetUtcNow(), 200, cancellationToken);
            foreach (var bookmark in due)
            {
                await resumer.ResumeAsync(bookmark, null, null, bookmark.FireIsTimeout, cancellationToken);
            }

            if (due.Count < 200)
            {
                return;
            }
        }
    }
}
