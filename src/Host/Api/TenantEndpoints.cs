using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Tenancy;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary><c>GET /api/usage</c>, <c>GET /api/audit</c> and the platform admin's <c>PUT /api/tenants/{id}/plan</c>.</summary>
internal static class TenantEndpoints
{
    public static RouteGroupBuilder MapTenantEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/usage", async (string? month, HttpContext http, UsageStore usage, TimeProvider time) =>
        {
            month ??= UsageStore.MonthOf(time.GetUtcNow());
            return DateTime.TryParseExact(month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                ? Results.Ok(await usage.GetAsync(Caller.Of(http).TenantId, month, http.RequestAborted))
                : Problems.BadRequest("month must be written yyyy-MM, such as 2026-11.");
        }).WithTags("Tenancy");

        api.MapGet("/audit", async (long? before, int? limit, HttpContext http, AuditStore audit) =>
            await audit.ListAsync(Caller.Of(http).TenantId, before, Math.Clamp(limit ?? 100, 1, 1000), http.RequestAborted))
            .RequireRole(Role.Admin).WithTags("Tenancy");

        api.MapPut("/tenants/{id}/plan", async (string id, HttpContext http, AccessStore access, PlanAdmission plans) =>
        {
            var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
            if (problem is not null)
            {
                return problem;
            }

            int? maxRuns = null;
            if (body!["maxRunsPerMonth"] is { } value)
            {
                if (value is not System.Text.Json.Nodes.JsonValue number || !number.TryGetValue<int>(out var parsed) || parsed < 0)
                {
                    return Problems.BadRequest("maxRunsPerMonth must be a whole number of runs, 0 or more (or null for unlimited).");
                }

                maxRuns = parsed;
            }

            if (!await access.SetMaxRunsPerMonthAsync(id, maxRuns, http.RequestAborted))
            {
                return Problems.NotFound($"Tenant '{id}' was not found.");
            }

            plans.Forget(id);
            return Results.Ok(new { id, maxRunsPerMonth = maxRuns });
        }).RequirePlatformAdmin().WithTags("Tenancy");
        return api;
    }
}
