using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>Model calls, each counted in the tenant's monthly usage in the same transaction.</summary>
public sealed class LlmCallStore(StoreDb db, TimeProvider time)
{
    public Task RecordAsync(LlmCallRow call, CancellationToken cancellationToken) =>
        db.WriteAsync(call.TenantId, async context =>
        {
            call.At = time.GetUtcNow();
            context.LlmCalls.Add(call);
            await context.SaveChangesAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO usage (tenant_id, month, runs, activity_executions, llm_tokens, llm_cost_micro_usd) VALUES ({0}, {1}, 0, 0, {2}, {3}) " +
                "ON CONFLICT (tenant_id, month) DO UPDATE SET llm_tokens = usage.llm_tokens + excluded.llm_tokens, llm_cost_micro_usd = usage.llm_cost_micro_usd + excluded.llm_cost_micro_usd",
                [call.TenantId, UsageStore.MonthOf(call.At), call.InputTokens + call.OutputTokens, call.CostMicroUsd],
                cancellationToken);
        }, cancellationToken);

    /// <summary>Tokens and cost of the tenant's calls since <paramref name="since"/>.</summary>
    public async Task<(long Tokens, decimal CostUsd)> UsedSinceAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var sinceUtc = since.ToUniversalTime();
        var rows = context.LlmCalls.Where(c => c.TenantId == tenantId && c.At >= sinceUtc);
        var tokens = await rows.SumAsync(c => c.InputTokens + c.OutputTokens, cancellationToken);
        var cost = await rows.SumAsync(c => c.CostMicroUsd, cancellationToken);
        return (tokens, cost / 1_000_000m);
    }

    /// <summary>The calls an instance made, oldest first.</summary>
    public async Task<IReadOnlyList<LlmCallRow>> ForInstanceAsync(string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.LlmCalls.AsNoTracking().Where(c => c.TenantId == tenantId && c.InstanceId == instanceId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }
}
