using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary><c>GET /api/metrics/kpi?from&amp;to</c>: the caller's tenant's figures over [from, to), the last 30 days by default.</summary>
internal static class MetricsEndpoints
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    public static RouteGroupBuilder MapMetricsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics/kpi", KpiAsync).WithTags("Metrics");
        return api;
    }

    private static async Task<IResult> KpiAsync(string? from, string? to, HttpContext http, KpiReport report, TimeProvider time, IOptions<JsonOptions> json)
    {
        if (!TryParse(from, "from", out var start, out var problem) || !TryParse(to, "to", out var end, out problem))
        {
            return problem!;
        }

        var until = end ?? time.GetUtcNow();
        var period = new KpiPeriod(Caller.Of(http).TenantId, start ?? until - DefaultPeriod, until);
        if (period.From >= period.To)
        {
            return Problems.BadRequest("from must be before to.");
        }

        var body = new JsonObject { ["from"] = period.From, ["to"] = period.To };
        foreach (var (name, read) in report.Sections())
        {
            body[name] = JsonSerializer.SerializeToNode(await read(period, http.RequestAborted), json.Value.SerializerOptions);
        }

        return Results.Ok(body);
    }

    /// <summary>An ISO-8601 date or date and time; without an offset it is UTC.</summary>
    private static bool TryParse(string? text, string name, out DateTimeOffset? value, out IResult? problem)
    {
        value = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = Problems.BadRequest($"{name} must be an ISO-8601 date or date and time, such as 2026-11-01 or 2026-11-01T12:00:00Z; got '{text}'.");
        return false;
    }
}
