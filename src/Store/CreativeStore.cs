using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// Ad creatives: saved as drafts by the activity execution that wrote them (one per execution, also when two attempts
/// race), approved by a person, marked the winner of the deals they brought. Every read and write is per tenant.
/// </summary>
public sealed class CreativeStore(StoreDb db, TimeProvider time)
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Winner = "winner";

    /// <summary>
    /// Stores the creative as a draft unless its execution stored one already; returns the stored creative (the earlier
    /// one on a re-run, whatever this call was given).
    /// </summary>
    public async Task<CreativeRow> SaveDraftAsync(CreativeRow creative, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(creative.TenantId, async context =>
            {
                if (await FindByExecutionAsync(context, creative.TenantId, creative.ExecutionId, cancellationToken) is { } existing)
                {
                    return existing;
                }

                var now = time.GetUtcNow();
                creative.Status = Draft;
                creative.CreatedAt = creative.UpdatedAt = now;
                creative.ApprovedAt = creative.WonAt = null;
                context.Creatives.Add(creative);
                await context.SaveChangesAsync(cancellationToken);
                return creative;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolations.Is(exception))
        {
            // A concurrent attempt of the same execution stored its draft in the meantime: that one is the creative.
            await using var context = await db.OpenAsync(creative.TenantId, cancellationToken);
            return await FindByExecutionAsync(context, creative.TenantId, creative.ExecutionId, cancellationToken)
                ?? throw new InvalidOperationException($"Creative '{creative.Id}' collides with another creative's id.", exception);
        }
    }

    public async Task<CreativeRow?> GetAsync(string tenantId, string creativeId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Creatives.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.Id == creativeId, cancellationToken);
    }

    /// <summary>
    /// The creative running in this bucket of the campaign: the newest approved (or winner) one, else the newest draft;
    /// null when the campaign has no creative in the bucket.
    /// </summary>
    public async Task<CreativeRow?> FindByBucketAsync(string tenantId, string campaignId, string abBucket, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Creatives.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.CampaignId == campaignId && c.AbBucket == abBucket)
            .OrderBy(c => c.Status == Draft).ThenByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The campaign's approved and winner creatives, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<CreativeRow>> ListApprovedAsync(string tenantId, string campaignId, int limit, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Creatives.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.CampaignId == campaignId && c.Status != Draft)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(limit).ToListAsync(cancellationToken);
    }

    /// <exception cref="FormatException">The cursor is not one this store made.</exception>
    public async Task<CrmPage<CreativeRow>> ListAsync(string tenantId, CreativeQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Creatives.AsNoTracking().Where(c => c.TenantId == tenantId);
        if (query.CampaignId is { } campaignId)
        {
            rows = rows.Where(c => c.CampaignId == campaignId);
        }

        if (query.BatchId is { } batchId)
        {
            rows = rows.Where(c => c.BatchId == batchId);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(c => c.Status == status);
        }

        if (KeysetCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(c => c.CreatedAt < afterAt || (c.CreatedAt == afterAt && string.Compare(c.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new CrmPage<CreativeRow>(page.Take(limit).ToList(), page.Count > limit ? KeysetCursor.Format(page[limit - 1].CreatedAt, page[limit - 1].Id) : null);
    }

    /// <summary>The deals the creative brought, in the order they were linked.</summary>
    public async Task<IReadOnlyList<CreativeDealRow>> ListDealsAsync(string tenantId, string creativeId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.CreativeDeals.AsNoTracking().Where(d => d.TenantId == tenantId && d.CreativeId == creativeId)
            .OrderBy(d => d.At).ThenBy(d => d.DealId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Approves the drafts among the creatives (approved and winner ones stay as they are), all or nothing: when an id is
    /// unknown in the tenant, nothing changes. Each draft moves in a conditional UPDATE, so of concurrent approvals
    /// exactly one reports it in <see cref="CreativeApproval.Approved"/>.
    /// </summary>
    public Task<CreativeApproval> ApproveAsync(string tenantId, IReadOnlyCollection<string> creativeIds, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context =>
        {
            var ids = creativeIds.Distinct(StringComparer.Ordinal).ToList();
            var known = await context.Creatives.AsNoTracking().Where(c => c.TenantId == tenantId && ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            var unknown = ids.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                return new CreativeApproval([], new HashSet<string>(), unknown);
            }

            var now = time.GetUtcNow();
            DateTimeOffset? approvedAt = now;
            var approved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var changed = await context.Creatives.Where(c => c.TenantId == tenantId && c.Id == id && c.Status == Draft)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, Approved).SetProperty(c => c.ApprovedAt, approvedAt).SetProperty(c => c.UpdatedAt, now), cancellationToken);
                if (changed == 1)
                {
                    approved.Add(id);
                }
            }

            var rows = await context.Creatives.AsNoTracking().Where(c => c.TenantId == tenantId && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
            return new CreativeApproval(ids.Select(id => rows[id]).ToList(), approved, []);
        }, cancellationToken);

    /// <summary>
    /// Marks the creative the winner (its won time set once) and links the deal to it once: of concurrent calls for the
    /// same deal exactly one reports <see cref="CreativeWin.Linked"/>. Null when the creative does not exist.
    /// </summary>
    public Task<CreativeWin?> MarkWinnerAsync(string tenantId, string creativeId, string dealId, string? leadId, CancellationToken cancellationToken) =>
        UniqueViolations.RetryAsync(() => db.WriteAsync<CreativeWin?>(tenantId, async context =>
        {
            var creative = await context.Creatives.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.Id == creativeId, cancellationToken);
            if (creative is null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var linked = !await context.CreativeDeals.AnyAsync(d => d.TenantId == tenantId && d.CreativeId == creativeId && d.DealId == dealId, cancellationToken);
            if (linked)
            {
                context.CreativeDeals.Add(new CreativeDealRow { TenantId = tenantId, CreativeId = creativeId, DealId = dealId, LeadId = leadId, At = now });
                await context.SaveChangesAsync(cancellationToken);
            }

            if (linked || creative.Status != Winner)
            {
                DateTimeOffset? wonAt = now;
                var mine = context.Creatives.Where(c => c.TenantId == tenantId && c.Id == creativeId);
                await mine.ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, Winner).SetProperty(c => c.UpdatedAt, now), cancellationToken);
                await mine.Where(c => c.WonAt == null).ExecuteUpdateAsync(set => set.SetProperty(c => c.WonAt, wonAt), cancellationToken);
                creative = await mine.AsNoTracking().FirstAsync(cancellationToken);
            }

            return new CreativeWin(creative, linked);
        }, cancellationToken));

    private static Task<CreativeRow?> FindByExecutionAsync(StoreDbContext context, string tenantId, string executionId, CancellationToken cancellationToken) =>
        context.Creatives.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.ExecutionId == executionId, cancellationToken);
}
