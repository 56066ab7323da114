using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Consumes a bookmark atomically and hands its instance to a worker. A second resume of the same bookmark is a no-op.</summary>
public sealed class BookmarkResumer(IInstanceStore store, IWorkDispatcher dispatcher, TimeProvider time)
{
    public async Task<bool> ResumeAsync(Bookmark bookmark, JsonNode? payload, JsonNode? trigger, bool timedOut, CancellationToken cancellationToken)
    {
        var resume = await store.ConsumeBookmarkAsync(bookmark, payload, timedOut, trigger, time.GetUtcNow(), cancellationToken);
        if (resume is null)
        {
            return false;
        }

        await dispatcher.DispatchAsync(new RunInstance(bookmark.TenantId, bookmark.InstanceId), cancellationToken);
        return true;
    }
}
