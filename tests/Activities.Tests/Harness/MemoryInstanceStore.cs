using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Harness;

/// <summary>
/// An in-memory <see cref="IInstanceStore"/> with the EF store's semantics where the runtime depends on them:
/// each commit is one atomic step, what is read is a snapshot (state through the engine's JSON options, as the
/// store's JSON column), consuming a bookmark decides the race, and leases exclude other owners until they lapse.
/// </summary>
internal sealed class MemoryInstanceStore : IInstanceStore
{
    private static readonly JsonSerializerOptions Json = DefinitionJson.Options;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Row> instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bookmark> bookmarks = new(StringComparer.Ordinal);
    private readonly List<ResumeItem> resumes = [];
    private readonly Dictionary<string, List<JournalEntry>> journals = new(StringComparer.Ordinal);

    /// <summary>Runs before each commit is applied: a test can hold commits back to see what waits for them.</summary>
    public Func<InstanceCommit, Task>? BeforeCommit { get; set; }

    public async Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        if (BeforeCommit is { } before)
        {
            await before(commit);
        }

        var instance = commit.Instance;
        lock (gate)
        {
            if (commit.IsNew ? instances.ContainsKey(instance.Id) : !instances.ContainsKey(instance.Id))
            {
                throw new InvalidOperationException($"Instance {instance.Id}: {(commit.IsNew ? "inserted twice" : "updated before it was inserted")}.");
            }

            var row = instances.GetValueOrDefault(instance.Id) ?? new Row();
            row.Instance = Snapshot(instance);
            if (commit.IsNew && commit.InsertWithLease is var (owner, until))
            {
                (row.LeaseOwner, row.LeaseUntil) = (owner, until);
            }

            if (commit.ReleaseLeaseOf is not null)
            {
                (row.LeaseOwner, row.LeaseUntil) = (null, null);
            }

            instances[instance.Id] = row;
            if (!journals.TryGetValue(instance.Id, out var lines))
            {
                journals[instance.Id] = lines = [];
            }

            lines.AddRange(commit.Journal);
            foreach (var bookmark in commit.AddedBookmarks)
            {
                bookmarks[bookmark.Id] = Clone(bookmark);
            }

            foreach (var id in commit.RemovedBookmarkIds)
            {
                bookmarks.Remove(id);
            }

            resumes.RemoveAll(r => commit.AppliedResumeIds.Contains(r.Id));
        }
    }

    public Task<WorkflowInstance?> FindAsync(string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var row) || row.Instance.TenantId != tenantId)
            {
                return Task.FromResult<WorkflowInstance?>(null);
            }

            var instance = Snapshot(row.Instance);
            instance.Bookmarks.AddRange(bookmarks.Values.Where(b => b.InstanceId == instanceId).Select(Clone));
            return Task.FromResult<WorkflowInstance?>(instance);
        }
    }

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string tenantId, string instanceId, long afterSeq, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var lines = journals.GetValueOrDefault(instanceId) ?? [];
            return Task.FromResult<IReadOnlyList<JournalEntry>>(lines.Where(j => j.Seq > afterSeq).OrderBy(j => j.Seq).Take(max).ToList());
        }
    }

    public Task<bool> TryAcquireLeaseAsync(string instanceId, string owner, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var row) || (row.LeaseOwner is not null && row.LeaseOwner != owner && row.LeaseUntil >= now))
            {
                return Task.FromResult(false);
            }

            (row.LeaseOwner, row.LeaseUntil) = (owner, until);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseLeaseAsync(string instanceId, string owner, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (instances.TryGetValue(instanceId, out var row) && row.LeaseOwner == owner)
            {
                (row.LeaseOwner, row.LeaseUntil) = (null, null);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string tenantId, string kind, string key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values.Where(b => b.TenantId == tenantId && b.Kind == kind && b.Key == key).Select(Clone).ToList());
        }
    }

    public Task<Bookmark?> FindBookmarkByTokenAsync(string token, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(bookmarks.Values.FirstOrDefault(b => b.Token == token) is { } found ? Clone(found) : null);
        }
    }

    public Task<ResumeItem?> ConsumeBookmarkAsync(Bookmark bookmark, JsonNode? payload, bool timedOut, JsonNode? trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!bookmarks.Remove(bookmark.Id))
            {
                return Task.FromResult<ResumeItem?>(null);
            }

            var resume = new ResumeItem
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                TenantId = bookmark.TenantId,
                InstanceId = bookmark.InstanceId,
                Bookmark = Clone(bookmark),
                Payload = payload?.DeepClone(),
                TimedOut = timedOut,
                Trigger = trigger?.DeepClone(),
                CreatedAt = now,
            };
            resumes.Add(resume);
            return Task.FromResult<ResumeItem?>(resume);
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values.Where(b => b.FireAt <= now).OrderBy(b => b.FireAt).Take(max).Select(Clone).ToList());
        }
    }

    public Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(bookmarks.Values.Where(b => b.FireAt is not null).Min(b => b.FireAt));
        }
    }

    public Task<IReadOnlyList<ResumeItem>> GetResumesAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ResumeItem>>(resumes.Where(r => r.InstanceId == instanceId).OrderBy(r => r.Id, StringComparer.Ordinal).ToList());
        }
    }

    public Task<IReadOnlyList<RunnableInstance>> FindRunnableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var free = instances.Values.Where(r => r.LeaseOwner is null || r.LeaseUntil < now).Select(r => r.Instance).ToList();
            var withResumes = free.Where(i => i.Status != WorkflowStatus.Faulted && resumes.Any(r => r.InstanceId == i.Id));
            var abandoned = free.Where(i => i.Status == WorkflowStatus.Running);
            return Task.FromResult<IReadOnlyList<RunnableInstance>>(withResumes.Concat(abandoned).DistinctBy(i => i.Id).Take(max).Select(i => new RunnableInstance(i.TenantId, i.Id)).ToList());
        }
    }

    public Task<InstancePage> QueryAsync(string tenantId, InstanceQuery query, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var items = instances.Values.Select(r => r.Instance)
                .Where(i => i.TenantId == tenantId && (query.WorkflowId is null || i.DefinitionId == query.WorkflowId) && (query.Status is null || i.Status == query.Status))
                .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id, StringComparer.Ordinal)
                .Take(query.Limit)
                .Select(i => new InstanceSummary(i.Id, i.DefinitionId, i.Version, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt))
                .ToList();
            return Task.FromResult(new InstancePage(items, null));
        }
    }

    /// <summary>Every committed instance of a workflow, as last committed.</summary>
    public IReadOnlyList<WorkflowInstance> InstancesOf(string definitionId)
    {
        lock (gate)
        {
            return instances.Values.Select(r => r.Instance).Where(i => i.DefinitionId == definitionId).Select(Snapshot).ToList();
        }
    }

    /// <summary>A copy through JSON, as a row would hold it: the runner's later changes never leak into what was committed.</summary>
    private static WorkflowInstance Snapshot(WorkflowInstance instance) => new()
    {
        Id = instance.Id,
        TenantId = instance.TenantId,
        DefinitionId = instance.DefinitionId,
        Version = instance.Version,
        CorrelationId = instance.CorrelationId,
        Status = instance.Status,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        State = JsonSerializer.Deserialize<InstanceState>(JsonSerializer.Serialize(instance.State, Json), Json)!,
        JournalSeq = instance.JournalSeq,
    };

    private static Bookmark Clone(Bookmark bookmark) => bookmark with { Data = bookmark.Data?.DeepClone() };

    private sealed class Row
    {
        public WorkflowInstance Instance { get; set; } = null!;
        public string? LeaseOwner { get; set; }
        public DateTimeOffset? LeaseUntil { get; set; }
    }
}
