using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>Plan limits and rate limits, each on a host of its own (the limits are the point).</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task A_tenant_over_its_monthly_runs_is_refused_with_a_clear_error()
    {
        using var host = new TestHost();
        await host.PublishAsync(Definition("metered", [Activity("a", "Log", new JsonObject { ["message"] = "run" })], []));
        var plan = await host.Api.PutAsJsonAsync("/api/tenants/default/plan", new { maxRunsPerMonth = 2 });
        Assert.True(plan.IsSuccessStatusCode, await plan.Content.ReadAsStringAsync());

        await host.RunAsync("metered");
        await host.RunAsync("metered");
        var refused = await host.Api.PostAsJsonAsync("/api/workflows/metered/run", new { });
        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        Assert.Contains("2 runs", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_from_one_key_get_429_with_retry_after()
    {
        using var host = new TestHost(new() { ["RateLimits:PerKey:PermitsPerSecond"] = "1", ["RateLimits:PerKey:Burst"] = "5" });
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add(await host.Api.GetAsync("/api/workflows"));
        }

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.True(limited[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.True(statuses.Count(r => r.StatusCode == HttpStatusCode.OK) >= 5);

        using var otherKeyless = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await otherKeyless.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_from_one_address_get_429_even_without_a_key()
    {
        using var host = new TestHost(new() { ["RateLimits:PerIp:PermitsPerSecond"] = "1", ["RateLimits:PerIp:Burst"] = "3" });
        using var anonymous = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await anonymous.PostAsJsonAsync("/workflows/nothing-here", new { })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains(HttpStatusCode.NotFound, statuses);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode); // probes are never limited
    }
}
