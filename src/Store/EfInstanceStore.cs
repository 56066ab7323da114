using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store.Rows;
using static WorkflowPlatform.Store.RowMapping;

namespace WorkflowPlatform.Store;

/// <summary>Instances, bookmarks, resumes, leases and journals in EF Core; each burst is one transaction.</summary>
public sealed class EfInstanceStore(StoreDb db) : IInstanceStore
{
    private readonly InstanceQueries queries = new();

    public Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken) =>
        db.WriteAsync(commit.Instance.TenantId, async context =>
        {
            var row = ToRow(commit.Instance);
            if (commit.IsNew)
            {
                if (commit.InsertWithLease is var (owner, until))
                {
                    row.LeaseOwner = owner;
                    row.LeaseUntil = until.ToUniversalTime();
                }

                context.Instances.Add(row);
            }
            else
            {
                var entry = context.Instances.Attach(row);
                entry.Property(i => i.Status).IsModified = true;
                entry.Property(i => i.UpdatedAt).IsModified = true;
                entry.Property(i => i.State).IsModified = true;
                entry.Property(i => i.JournalSeq).IsModified = true;
                if (commit.ReleaseLeaseOf is not null)
                {
                    entry.Property(i => i.LeaseOwner).IsModified = true;
                    entry.Property(i => i.LeaseUntil).IsModified = true;
                }
            }

            var instance = commit.Instance;
            context.Journal.AddRange(commit.Journal.Select(entry => ToRow(instance.TenantId, instance.Id, entry)));
            context.Bookmarks.AddRange(commit.AddedBookmarks.Select(ToRow));
            if (commit.RemovedBookmarkIds.Count > 0)
            {
                var removed = commit.RemovedBookmarkIds.ToList();
                await context.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            if (commit.AppliedResumeIds.Count > 0)
            {
                var applied = commit.AppliedResumeIds.ToList();
                await context.Resumes.Where(r => applied.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            await context.SaveChangesAsync(cancellationToken);
            await MeterAsync(context, commit, cancellationToken);
        }, cancellationToken);

    /// <summary>Counts the run and its activity executions in the commit's own transaction, so usage never drifts from the work.</summary>
    private static Task MeterAsync(StoreDbContext context, InstanceCommit commit, CancellationToken cancellationToken)
    {
        var runs = commit.IsNew ? 1 : 0;
        var executions = commit.Journal.Count(j => j.Event == JournalEvent.Started);
        if (runs == 0 && executions == 0)
        {
            return Task.CompletedTask;
        }

        var month = UsageStore.MonthOf(commit.Instance.UpdatedAt);
        return context.Database.ExecuteSqlRawAsync(
            "INSERT INTO usage (tenant_id, month, runs, activity_executions, llm_tokens, llm_cost_micro_usd) VALUES ({0}, {1}, {2}, {3}, 0, 0) " +
            "ON CONFLICT (tenant_id, month) DO UPDATE SET runs = usage.runs + excluded.runs, activity_executions = usage.activity_executions + excluded.activity_executions",
            [commit.Instance.TenantId, month, (long)runs, (long)executions],
            cancellationToken);
    }

    public async Task<WorkflowInstance?> FindAsync(string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var row = await queries.Instance(context, tenantId, instanceId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var bookmarks = await queries.BookmarksOf(context, instanceId).ToListAsync(cancellationToken);
        return ToInstance(row, bookmarks.ConvertAll(ToBookmark));
    }

    public async Task<InstancePage> QueryAsync(string tenantId, InstanceQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Instances.AsNoTracking().Where(i => i.TenantId == tenantId);
        if (query.WorkflowId is { } workflowId)
        {
            rows = rows.Where(i => i.DefinitionId == workflowId);
        }

        if (query.Status is { } status)
        {
            var name = status.ToString();
            rows = rows.Where(i => i.Status == name);
        }

        if (query.CorrelationId is { } correlationId)
        {
            rows = rows.Where(i => i.CorrelationId == correlationId);
        }

        if (query.From is { } from)
        {
            rows = rows.Where(i => i.CreatedAt >= from.ToUniversalTime());
        }

        if (query.To is { } to)
        {
            rows = rows.Where(i => i.CreatedAt < to.ToUniversalTime());
        }

        if (InstanceCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(i => i.CreatedAt < afterAt || (i.CreatedAt == afterAt && string.Compare(i.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? InstanceCursor.Format(page[limit - 1]) : null;
        return new InstancePage(page.Take(limit).Select(ToSummary).ToList(), next);
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string tenantId, string instanceId, long afterSeq, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.Journal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.TenantId == tenantId && j.Seq > afterSeq)
            .OrderBy(j => j.Seq).Take(max).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToEntry);
    }

    public Task<bool> TryAcquireLeaseAsync(string instanceId, string owner, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.WriteAsync(StoreDb.AllTenants, async context =>
        {
            var nowUtc = now.ToUniversalTime();
            var untilUtc = until.ToUniversalTime();
            var taken = await context.Instances
                .Where(i => i.Id == instanceId && (i.LeaseOwner == null || i.LeaseOwner == owner || i.LeaseUntil < nowUtc))
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseOwner, owner).SetProperty(i => i.LeaseUntil, untilUtc), cancellationToken);
            return taken == 1;
        }, cancellationToken);

    public Task ReleaseLeaseAsync(string instanceId, string owner, CancellationToken cancellationToken) =>
        db.WriteAsync(StoreDb.AllTenants, context => context.Instances
            .Where(i => i.Id == instanceId && i.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseOwner, (string?)null).SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null), cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string tenantId, string kind, string key, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await queries.BookmarksByKey(context, tenantId, kind, key).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToBookmark);
    }

    public async Task<Bookmark?> FindBookmarkByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var row = await context.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Token == token, cancellationToken);
        return row is null ? null : ToBookmark(row);
    }

    public Task<ResumeItem?> ConsumeBookmarkAsync(Bookmark bookmark, JsonNode? payload, bool timedOut, JsonNode? trigger, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.WriteAsync<ResumeItem?>(bookmark.TenantId, async context =>
        {
            // The delete decides the race: of two concurrent stimuli only one removes the row.
            var deleted = await context.Bookmarks.Where(b => b.Id == bookmark.Id).ExecuteDeleteAsync(cancellationToken);
            if (deleted == 0)
            {
                return null;
            }

            var resume = new ResumeItem
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                TenantId = bookmark.TenantId,
                InstanceId = bookmark.InstanceId,
                Bookmark = bookmark,
                Payload = payload,
                TimedOut = timedOut,
                Trigger = trigger,
                CreatedAt = now,
            };
            context.Resumes.Add(ToRow(resume));
            await context.SaveChangesAsync(cancellationToken);
            return resume;
        }, cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var nowUtc = now.ToUniversalTime();
        var rows = await context.Bookmarks.AsNoTracking()
            .Where(b => b.FireAt != null && b.FireAt <= nowUtc)
            .OrderBy(b => b.FireAt).Take(max).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToBookmark);
    }

    public async Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.Bookmarks.Where(b => b.FireAt != null).OrderBy(b => b.FireAt).Select(b => b.FireAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResumeItem>> GetResumesAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var rows = await queries.ResumesOf(context, instanceId).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToResume);
    }

    public async Task<IReadOnlyList<RunnableInstance>> FindRunnableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var nowUtc = now.ToUniversalTime();
        var faulted = nameof(WorkflowStatus.Faulted);
        var running = nameof(WorkflowStatus.Running);

        // A faulted instance keeps its resumes until a manual retry; it is not runnable by itself.
        var withResumes = await context.Resumes.AsNoTracking()
            .Join(context.Instances, r => r.InstanceId, i => i.Id, (r, i) => i)
            .Where(i => i.Status != faulted && (i.LeaseOwner == null || i.LeaseUntil < nowUtc))
            .Select(i => new { i.TenantId, i.Id }).Distinct().OrderBy(i => i.Id).Take(max).ToListAsync(cancellationToken);
        var abandoned = await context.Instances.AsNoTracking()
            .Where(i => i.Status == running && (i.LeaseOwner == null || i.LeaseUntil < nowUtc))
            .OrderBy(i => i.UpdatedAt).Select(i => new { i.TenantId, i.Id }).Take(max).ToListAsync(cancellationToken);
        return withResumes.Concat(abandoned).DistinctBy(i => i.Id).Take(max).Select(i => new RunnableInstance(i.TenantId, i.Id)).ToList();
    }
}
