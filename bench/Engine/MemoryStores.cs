using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Bench.Engine;

/// <summary>
/// In-memory stores for the runtime benchmark: commits land in dictionaries (the latest instances only, so a
/// long run does not measure memory growth). Only what starting and committing an instance uses is supported.
/// </summary>
internal sealed class MemoryInstanceStore : IInstanceStore
{
    private const int Keep = 10_000;
    private readonly ConcurrentDictionary<string, (WorkflowInstance Instance, List<JournalEntry> Journal)> instances = new();
    private readonly ConcurrentQueue<string> order = new();

    public Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        var entry = instances.GetOrAdd(commit.Instance.Id, _ =>
        {
            order.Enqueue(commit.Instance.Id);
            return (commit.Instance, []);
        });
        entry.Journal.AddRange(commit.Journal);
        while (order.Count > Keep && order.TryDequeue(out var oldest))
        {
            instances.TryRemove(oldest, out _);
        }

        return Task.CompletedTask;
    }

    public Task<WorkflowInstance?> FindAsync(string tenantId, string instanceId, CancellationToken cancellationToken) =>
        Task.FromResult(instances.TryGetValue(instanceId, out var entry) && entry.Instance.TenantId == tenantId ? entry.Instance : null);

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string tenantId, string instanceId, long afterSeq, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(instances.TryGetValue(instanceId, out var entry) ? entry.Journal.Where(j => j.Seq > afterSeq).Take(max).ToList() : []);

    public Task<bool> TryAcquireLeaseAsync(string instanceId, string owner, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseLeaseAsync(string instanceId, string owner, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<InstancePage> QueryAsync(string tenantId, InstanceQuery query, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string tenantId, string kind, string key, CancellationToken cancellationToken) => throw Unused();

    public Task<Bookmark?> FindBookmarkByTokenAsync(string token, CancellationToken cancellationToken) => throw Unused();

    public Task<ResumeItem?> ConsumeBookmarkAsync(Bookmark bookmark, JsonNode? payload, bool timedOut, JsonNode? trigger, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => throw Unused();

    public Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<ResumeItem>> GetResumesAsync(string instanceId, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<RunnableInstance>> FindRunnableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The benchmark's memory store only starts and commits instances.");
}

/// <summary>Published definitions held in memory.</summary>
internal sealed class MemoryDefinitionStore(IEnumerable<WorkflowDefinition> definitions) : IDefinitionStore
{
    private readonly Dictionary<string, StoredDefinition> published = definitions.ToDictionary(
        d => d.Id,
        d => new StoredDefinition { TenantId = "bench", Definition = d with { Version = 1 }, IsPublished = true, CreatedAt = DateTimeOffset.UnixEpoch, ContentHash = d.Id });

    public Task<StoredDefinition?> GetAsync(string tenantId, string id, int? version, CancellationToken cancellationToken, bool includeDeleted = false) =>
        Task.FromResult(published.GetValueOrDefault(id));

    public Task<StoredDefinition?> GetPublishedAsync(string tenantId, string id, CancellationToken cancellationToken) =>
        Task.FromResult(published.GetValueOrDefault(id));

    public Task<IReadOnlyList<StoredDefinition>> ListPublishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredDefinition>>(published.Values.ToList());

    public Task<StoredDefinition> SaveDraftAsync(string tenantId, WorkflowDefinition definition, string contentHash, string? createdBy, CancellationToken cancellationToken) => throw Unused();

    public Task<StoredDefinition?> PublishAsync(string tenantId, string id, int version, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(string tenantId, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DefinitionVersionInfo>> ListVersionsAsync(string tenantId, string id, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> DeleteAsync(string tenantId, string id, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The benchmark's memory store only reads published definitions.");
}
