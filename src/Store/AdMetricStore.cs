using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// Campaigns' figures per day, as the ads provider last reported them: a later read of the same campaign and day
/// replaces the earlier one (the day's figures only grow while it lasts), so the KPI report sums each day once.
/// </summary>
public sealed class AdMetricStore(StoreDb db, TimeProvider time)
{
    /// <summary>Inserts each row or replaces the stored one of its campaign and day; all in one transaction.</summary>
    public Task UpsertAsync(string tenantId, IReadOnlyList<AdMetricRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        return UniqueViolations.RetryAsync(() => db.WriteAsync(tenantId, async context =>
        {
            var now = time.GetUtcNow();
            var campaignIds = rows.Select(r => r.CampaignId).Distinct().ToList();
            var dates = rows.Select(r => r.Date).Distinct().ToList();
            var stored = await context.AdMetrics
                .Where(m => m.TenantId == tenantId && campaignIds.Contains(m.CampaignId) && dates.Contains(m.Date))
                .ToDictionaryAsync(m => (m.CampaignId, m.Date), cancellationToken);
            foreach (var row in rows)
            {
                if (stored.TryGetValue((row.CampaignId, row.Date), out var existing))
                {
                    Copy(row, existing);
                    existing.FetchedAt = now;
                }
                else
                {
                    var added = new AdMetricRow { TenantId = tenantId, CampaignId = row.CampaignId, Date = row.Date, AccountId = row.AccountId };
                    Copy(row, added);
                    added.FetchedAt = now;
                    context.AdMetrics.Add(added);
                    stored[(row.CampaignId, row.Date)] = added;
                }
            }

            await context.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken));
    }

    /// <summary>The rows of the days from <paramref name="fromDate"/> up to and excluding <paramref name="toDate"/> (both <c>yyyy-MM-dd</c>).</summary>
    public async Task<IReadOnlyList<AdMetricRow>> ListAsync(string tenantId, string fromDate, string toDate, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.AdMetrics.AsNoTracking()
            .Where(m => m.TenantId == tenantId && string.Compare(m.Date, fromDate) >= 0 && string.Compare(m.Date, toDate) < 0)
            .OrderBy(m => m.Date).ThenBy(m => m.CampaignId)
            .ToListAsync(cancellationToken);
    }

    private static void Copy(AdMetricRow from, AdMetricRow to)
    {
        to.AccountId = from.AccountId;
        to.CampaignName = from.CampaignName;
        to.Impressions = from.Impressions;
        to.Clicks = from.Clicks;
        to.SpendCents = from.SpendCents;
        to.Conversions = from.Conversions;
        to.ConversionValueCents = from.ConversionValueCents;
        to.Currency = from.Currency;
        to.DailyBudgetCents = from.DailyBudgetCents;
    }
}
