using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>Instances started in a period, and of those how many have finished or faulted.</summary>
public sealed record RunFigures(int Started, int Finished, int Faulted);

/// <summary>Model calls made in a period: tokens (input and output), cost and number of calls.</summary>
public sealed record LlmFigures(long Tokens, decimal CostUsd, int Calls);

/// <summary>One workflow's runs in a period.</summary>
public sealed record WorkflowRunFigures(string WorkflowId, int Started, int Finished, int Faulted);

/// <summary>One workflow's model calls in a period.</summary>
public sealed record WorkflowLlmFigures(string WorkflowId, long Tokens, decimal CostUsd, int Calls);

/// <summary>Money in one currency: the total in cents and how many made it.</summary>
public sealed record MoneyFigures(string Currency, long AmountCents, int Count);

/// <summary>Invoices created in a period by status, and the revenue of those paid in the period.</summary>
public sealed record PaymentFigures(int Created, int Paid, int Failed, int Expired, int Pending, IReadOnlyList<MoneyFigures> Revenue);

/// <summary>Deals won in a period, and their value.</summary>
public sealed record DealFigures(int Won, IReadOnlyList<MoneyFigures> Value);

/// <summary>The figures of <c>GET /api/metrics/kpi</c> that come from the instances and the model calls; each period is [from, to).</summary>
public sealed class MetricsStore(StoreDb db)
{
    public async Task<RunFigures> RunsAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var byStatus = await context.Instances.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.CreatedAt >= fromUtc && i.CreatedAt < toUtc)
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(string status) => byStatus.Where(s => s.Status == status).Sum(s => s.Count);
        return new RunFigures(byStatus.Sum(s => s.Count), Of("Finished"), Of("Faulted"));
    }

    /// <summary>The same figures per workflow (an agent is a workflow), the busiest first.</summary>
    public async Task<IReadOnlyList<WorkflowRunFigures>> RunsByWorkflowAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var counts = await context.Instances.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.CreatedAt >= fromUtc && i.CreatedAt < toUtc)
            .GroupBy(i => new { i.DefinitionId, i.Status })
            .Select(g => new { g.Key.DefinitionId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.DefinitionId)
            .Select(g => new WorkflowRunFigures(g.Key, g.Sum(c => c.Count), g.Where(c => c.Status == "Finished").Sum(c => c.Count), g.Where(c => c.Status == "Faulted").Sum(c => c.Count)))
            .OrderByDescending(w => w.Started).ThenBy(w => w.WorkflowId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<LlmFigures> LlmAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var totals = await context.LlmCalls.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.At >= fromUtc && c.At < toUtc)
            .GroupBy(c => 1)
            .Select(g => new { Tokens = g.Sum(c => c.InputTokens + c.OutputTokens), CostMicroUsd = g.Sum(c => c.CostMicroUsd), Calls = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        return totals is null ? new LlmFigures(0, 0m, 0) : new LlmFigures(totals.Tokens, totals.CostMicroUsd / 1_000_000m, totals.Calls);
    }

    /// <summary>Model calls per workflow of the instance that made them, the costliest first.</summary>
    public async Task<IReadOnlyList<WorkflowLlmFigures>> LlmByWorkflowAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var totals = await context.LlmCalls.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.At >= fromUtc && c.At < toUtc)
            .Join(context.Instances.Where(i => i.TenantId == tenantId), c => c.InstanceId, i => i.Id, (c, i) => new { i.DefinitionId, c.InputTokens, c.OutputTokens, c.CostMicroUsd })
            .GroupBy(c => c.DefinitionId)
            .Select(g => new { WorkflowId = g.Key, Tokens = g.Sum(c => c.InputTokens + c.OutputTokens), CostMicroUsd = g.Sum(c => c.CostMicroUsd), Calls = g.Count() })
            .ToListAsync(cancellationToken);
        return totals.Select(t => new WorkflowLlmFigures(t.WorkflowId, t.Tokens, t.CostMicroUsd / 1_000_000m, t.Calls))
            .OrderByDescending(w => w.CostUsd).ThenByDescending(w => w.Tokens).ThenBy(w => w.WorkflowId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<PaymentFigures> PaymentsAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var byStatus = await context.Invoices.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.CreatedAt >= fromUtc && i.CreatedAt < toUtc)
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var revenue = await context.Invoices.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.Status == "Paid" && i.PaidAt >= fromUtc && i.PaidAt < toUtc)
            .GroupBy(i => i.Currency)
            .Select(g => new MoneyFigures(g.Key, g.Sum(i => i.AmountCents), g.Count()))
            .ToListAsync(cancellationToken);
        int Of(string status) => byStatus.Where(s => s.Status == status).Sum(s => s.Count);
        return new PaymentFigures(byStatus.Sum(s => s.Count), Of("Paid"), Of("Failed"), Of("Expired"), Of("Pending"), revenue);
    }

    public async Task<DealFigures> DealsWonAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var value = await context.Deals.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.WonAt >= fromUtc && d.WonAt < toUtc)
            .GroupBy(d => d.Currency)
            .Select(g => new MoneyFigures(g.Key, g.Sum(d => d.ValueCents), g.Count()))
            .ToListAsync(cancellationToken);
        return new DealFigures(value.Sum(v => v.Count), value);
    }
}
