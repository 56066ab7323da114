using System.Text.Json.Nodes;
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

        api.MapPut("/tenants/{id}/plan", SetPlanAsync).RequirePlatformAdmin().WithTags("Tenancy");
        return api;
    }

    /// <summary>Sets the tenant's limits: <c>{ maxRunsPerMonth, dailyLlmTokens, dailyLlmCostUsd, maxTokensPerCall }</c>; null or absent is unlimited.</summary>
    private static async Task<IResult> SetPlanAsync(string id, HttpContext http, AccessStore access, PlanAdmission plans)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryLimit<int>(body!, "maxRunsPerMonth", out var runs, out problem)
            || !TryLimit<long>(body!, "dailyLlmTokens", out var tokens, out problem)
            || !TryLimit<decimal>(body!, "dailyLlmCostUsd", out var cost, out problem)
            || !TryLimit<int>(body!, "maxTokensPerCall", out var perCall, out problem))
        {
            return problem!;
        }

        var plan = new TenantPlan(runs, tokens, cost, perCall);
        if (!await access.SetPlanAsync(id, plan, http.RequestAborted))
        {
            return Problems.NotFound($"Tenant '{id}' was not found.");
        }

        plans.Forget(id);
        return Results.Ok(plan);
    }

    private static bool TryLimit<T>(JsonObject body, string name, out T? limit, out IResult? problem) where T : struct, IComparable<T>
    {
        limit = null;
        problem = null;
        if (body[name] is null)
        {
            return true;
        }

        if (body[name] is JsonValue value && value.TryGetValue<T>(out var parsed) && parsed.CompareTo(default) >= 0)
        {
            limit = parsed;
            return true;
        }

        problem = Problems.BadRequest($"{name} must be a number, 0 or more (or null for unlimited).");
        return false;
    }
}
