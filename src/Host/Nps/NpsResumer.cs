using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Nps;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// Resumes the instance waiting on a survey (bookmark kind <c>Nps</c>, key the token) with its answer. Usually the
/// bookmark is there. When it is not and the instance is mid-burst, its <c>WaitForNpsResponse</c> may have suspended
/// but not been committed yet: the bookmark is looked for again in the background for a few seconds, so the page
/// answers at once. In every other case the answer in the store is enough: a wait that starts later finds it at once,
/// and a wait that times out looks there before taking <c>TimedOut</c>.
/// </summary>
internal sealed class NpsResumer(IInstanceStore instances, BookmarkResumer resumer, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<NpsResumer> logger)
{
    private static readonly TimeSpan PendingWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <returns>The instance the survey belongs to, if it still exists.</returns>
    public async Task<WorkflowInstance?> ResumeAsync(string tenantId, string instanceId, string token, JsonObject answer, CancellationToken cancellationToken)
    {
        if (await TryResumeAsync(tenantId, token, answer, cancellationToken))
        {
            return await instances.FindAsync(tenantId, instanceId, cancellationToken);
        }

        var instance = await instances.FindAsync(tenantId, instanceId, cancellationToken);
        if (instance is { Status: WorkflowStatus.Running })
        {
            _ = Task.Run(() => AwaitBookmarkAsync(tenantId, instanceId, token, answer, lifetime.ApplicationStopping), CancellationToken.None);
        }

        return instance;
    }

    private async Task<bool> TryResumeAsync(string tenantId, string token, JsonObject answer, CancellationToken cancellationToken)
    {
        var bookmarks = await instances.FindBookmarksAsync(tenantId, WaitForNpsResponse.BookmarkKind, token, cancellationToken);
        var trigger = new JsonObject { ["nps"] = token, ["answer"] = answer.DeepClone() };
        var resumed = false;
        foreach (var bookmark in bookmarks)
        {
            resumed |= await resumer.ResumeAsync(bookmark, answer.DeepClone(), trigger.DeepClone(), timedOut: false, cancellationToken);
        }

        return resumed || bookmarks.Count > 0;
    }

    private async Task AwaitBookmarkAsync(string tenantId, string instanceId, string token, JsonObject answer, CancellationToken cancellationToken)
    {
        try
        {
            var deadline = time.GetUtcNow() + PendingWait;
            while (time.GetUtcNow() < deadline)
            {
                await Task.Delay(PollInterval, time, cancellationToken);
                if (await TryResumeAsync(tenantId, token, answer, cancellationToken)
                    || await instances.FindAsync(tenantId, instanceId, cancellationToken) is not { Status: WorkflowStatus.Running })
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the stored answer is still found by the wait (at once, or when it times out).
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Resuming instance {InstanceId} with its NPS answer failed; the wait finds the stored answer when it times out", instanceId);
        }
    }
}
