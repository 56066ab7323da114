using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>
/// Deals selected for a campaign (won in a window, not surveyed yet), each with its lead, in one call: what the agent
/// workflows iterate over, as opposed to the paged <see cref="CrmStore.ListDealsAsync"/> behind <c>GET /api/deals</c>.
/// </summary>
public sealed class DealSearchStore(StoreDb db)
{
    public const int MaxLimit = 1000;

    /// <exception cref="ArgumentOutOfRangeException">The limit is not 1 to <see cref="MaxLimit"/>.</exception>
    public async Task<IReadOnlyList<DealWithLead>> SearchAsync(string tenantId, DealSearch search, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Limit, 1, nameof(search));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, MaxLimit, nameof(search));

        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Deals.AsNoTracking().Where(d => d.TenantId == tenantId);
        if (search.Stage is { } stage)
        {
            rows = rows.Where(d => d.Stage == stage);
        }

        if (search.Won is { } won)
        {
            rows = won ? rows.Where(d => d.WonAt != null) : rows.Where(d => d.WonAt == null);
        }

        if (search.WonFrom?.ToUniversalTime() is { } from)
        {
            rows = rows.Where(d => d.WonAt != null && d.WonAt >= from);
        }

        if (search.WonTo?.ToUniversalTime() is { } to)
        {
            rows = rows.Where(d => d.WonAt != null && d.WonAt < to);
        }

        if (search.WithoutSurvey)
        {
            rows = rows.Where(d => !context.NpsSurveys.Any(s => s.TenantId == tenantId && s.DealId == d.Id));
        }

        var deals = await rows.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(search.Limit).ToListAsync(cancellationToken);
        var leadIds = deals.Select(d => d.LeadId).Distinct().ToList();
        var leads = await context.Leads.AsNoTracking().Where(l => l.TenantId == tenantId && leadIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return deals.ConvertAll(d => new DealWithLead(d, leads.GetValueOrDefault(d.LeadId)));
    }
}
