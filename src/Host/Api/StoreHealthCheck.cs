using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>Ready when the store answers.</summary>
internal sealed class StoreHealthCheck(AccessStore access) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await access.CountTenantsAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The store is not reachable.", exception);
        }
    }
}
