using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>The period of a KPI report: a tenant and [From, To).</summary>
internal sealed record KpiPeriod(string TenantId, DateTimeOffset From, DateTimeOffset To);

/// <summary>One workflow's NPS in the report.</summary>
internal sealed record WorkflowNps(string? WorkflowId, double? Score, int Responses);

/// <summary>The NPS section: the tenant's figures and the same per workflow.</summary>
internal sealed record NpsKpi(double? Score, int Promoters, int Passives, int Detractors, int Responses, IReadOnlyList<WorkflowNps> ByWorkflow);

/// <summary>The runs section: the tenant's figures and the same per workflow (per agent).</summary>
internal sealed record RunsKpi(int Started, int Finished, int Faulted, IReadOnlyList<WorkflowRunFigures> ByWorkflow);

/// <summary>The LLM section: the tenant's model calls and the same per workflow (per agent).</summary>
internal sealed record LlmKpi(long Tokens, decimal CostUsd, int Calls, IReadOnlyList<WorkflowLlmFigures> ByWorkflow);

/// <summary>
/// The sections of <c>GET /api/metrics/kpi</c>, each one method that reads its figures for the period. A new section
/// is one more method and one more line in <see cref="Sections"/>.
/// </summary>
internal sealed class KpiReport(MetricsStore metrics, NpsStore nps, AdMetricStore ads)
{
    public IEnumerable<(string Name, Func<KpiPeriod, CancellationToken, Task<object>> Read)> Sections() =>
    [
        ("runs", RunsAsync),
        ("llm", LlmAsync),
        ("nps", NpsAsync),
        ("payments", PaymentsAsync),
        ("dealsWon", DealsWonAsync),
        ("ads", AdsAsync),
    ];

    private async Task<object> RunsAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var total = await metrics.RunsAsync(period.TenantId, period.From, period.To, cancellationToken);
        return new RunsKpi(total.Started, total.Finished, total.Faulted, await metrics.RunsByWorkflowAsync(period.TenantId, period.From, period.To, cancellationToken));
    }

    private async Task<object> LlmAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var total = await metrics.LlmAsync(period.TenantId, period.From, period.To, cancellationToken);
        return new LlmKpi(total.Tokens, total.CostUsd, total.Calls, await metrics.LlmByWorkflowAsync(period.TenantId, period.From, period.To, cancellationToken));
    }

    private async Task<object> PaymentsAsync(KpiPeriod period, CancellationToken cancellationToken) =>
        await metrics.PaymentsAsync(period.TenantId, period.From, period.To, cancellationToken);

    private async Task<object> DealsWonAsync(KpiPeriod period, CancellationToken cancellationToken) =>
        await metrics.DealsWonAsync(period.TenantId, period.From, period.To, cancellationToken);

    private async Task<object> AdsAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var (fromDate, toDate) = AdsKpi.Days(period.From, period.To);
        return AdsKpi.Of(await ads.ListAsync(period.TenantId, fromDate, toDate, cancellationToken));
    }

    private async Task<object> NpsAsync(KpiPeriod period, CancellationToken cancellationToken)
    {
        var total = await nps.FiguresAsync(period.TenantId, period.From, period.To, workflowId: null, cancellationToken);
        var byWorkflow = await nps.FiguresByWorkflowAsync(period.TenantId, period.From, period.To, cancellationToken);
        return new NpsKpi(total.Score, total.Promoters, total.Passives, total.Detractors, total.Responses,
            byWorkflow.Select(w => new WorkflowNps(w.WorkflowId, w.Figures.Score, w.Figures.Responses)).ToList());
    }
}
