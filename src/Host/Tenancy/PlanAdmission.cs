using System.Collections.Concurrent;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Tenancy;

/// <summary>
/// Refuses a start when the tenant has used its plan's runs for the month. The plan is cached briefly; the usage
/// is read on every start of a tenant that has a limit (tenants without one cost no query).
/// </summary>
internal sealed class PlanAdmission(AccessStore access, UsageStore usage, TimeProvider time) : IRunAdmission
{
    private static readonly TimeSpan PlanCacheFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (int? MaxRuns, DateTimeOffset Until)> plans = new(StringComparer.Ordinal);

    public async ValueTask AdmitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!plans.TryGetValue(tenantId, out var plan) || plan.Until <= now)
        {
            plan = (await access.MaxRunsPerMonthAsync(tenantId, cancellationToken), now + PlanCacheFor);
            plans[tenantId] = plan;
        }

        if (plan.MaxRuns is not { } maxRuns)
        {
            return;
        }

        var month = UsageStore.MonthOf(now);
        var used = (await usage.GetAsync(tenantId, month, cancellationToken)).Runs;
        if (used >= maxRuns)
        {
            throw new WorkflowRunException(
                $"Tenant '{tenantId}' has used the {maxRuns} runs its plan allows in {month}; no more runs start until next month or a larger plan.",
                WorkflowRunError.LimitReached);
        }
    }

    /// <summary>Forgets a cached plan after it changes.</summary>
    public void Forget(string tenantId) => plans.TryRemove(tenantId, out _);
}
