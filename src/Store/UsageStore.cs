using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>A tenant's usage in one month, as <c>GET /api/usage</c> shows it.</summary>
public sealed record UsageInfo(string Month, long Runs, long ActivityExecutions, long LlmTokens, decimal LlmCostUsd);

/// <summary>Reads the usage that commits count (see <see cref="EfInstanceStore"/>).</summary>
public sealed class UsageStore(StoreDb db)
{
    public static string MonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<UsageInfo> GetAsync(string tenantId, string month, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var row = await context.Usage.AsNoTracking().FirstOrDefaultAsync(u => u.TenantId == tenantId && u.Month == month, cancellationToken);
        return row is null
            ? new UsageInfo(month, 0, 0, 0, 0)
            : new UsageInfo(month, row.Runs, row.ActivityExecutions, row.LlmTokens, row.LlmCostMicroUsd / 1_000_000m);
    }
}
