using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>
/// ListDeals on the real host. The deals are stored won at fixed distances from the host's clock (hours away from the
/// edges of every window asked for), so the windows the activity computes from its TimeProvider are checked exactly.
/// </summary>
public sealed class ListDealsTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public ListDealsTests(HostFixture fixture) => host = fixture.Host;

    private async Task<JsonObject> LeadAsync(string name, string email, string phone)
    {
        var created = await host.Api.PostAsJsonAsync("/api/leads", new { name, email, phone });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<JsonObject> ListAsync(string id, JsonObject inputs, JsonObject? input = null)
    {
        await host.PublishAsync(Definition(id,
            [
                Activity("list", "ListDeals", inputs),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "found", ["value"] = Js("outputs.list") }),
            ],
            [Connect("list", "keep")]));
        return await host.RunAsync(id, input, wait: 10);
    }

    private async Task<List<string>> IdsAsync(string id, JsonObject inputs)
    {
        var run = await ListAsync(id, inputs);
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        var found = run["output"]!["found"]!;
        var ids = found["deals"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, found["count"]!.GetValue<int>());
        return ids;
    }

    [Fact]
    public async Task Deals_are_found_by_won_window_survey_stage_and_limit_each_with_its_lead()
    {
        var ana = await LeadAsync("Ana Lima", "ana.deals@example.com", "+55 11 96666-0001");
        var bia = await LeadAsync("Bia Reis", "bia.deals@example.com", "+55 11 96666-0002");
        var crm = host.Services.GetRequiredService<CrmStore>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        async Task DealAsync(string id, JsonObject lead, DateTimeOffset? wonAt) => await crm.CreateDealAsync(new DealRow
        {
            TenantId = "default", Id = id, LeadId = lead["id"]!.GetValue<string>(), Title = id, ValueCents = 49_900, Currency = "BRL",
            Stage = wonAt is null ? "open" : "won", WonAt = wonAt,
        }, CancellationToken.None);
        await DealAsync("won-60h", ana, now.AddHours(-60));
        await DealAsync("won-36h", ana, now.AddHours(-36));
        await DealAsync("won-30h", bia, now.AddHours(-30));
        await DealAsync("won-12h", bia, now.AddHours(-12));
        await DealAsync("still-open", bia, null);

        // A survey sent for one of them, as the NPS campaign does.
        await using var receiver = await CaptureServer.StartAsync();
        await host.PublishAsync(Definition("deals-survey",
            [Activity("send", "SendNpsSurvey", new JsonObject { ["channel"] = "http", ["url"] = receiver.InboxUrl, ["dealId"] = "won-30h" })],
            []));
        Assert.Equal("Finished", (await host.RunAsync("deals-survey", wait: 10))["status"]!.GetValue<string>());

        // The day that ended one day ago, without a survey: the NPS campaign's question.
        var run = await ListAsync("deals-yesterday-unsurveyed", new JsonObject { ["wonDaysAgo"] = 1, ["withoutSurvey"] = true });
        var deal = Assert.Single(run["output"]!["found"]!["deals"]!.AsArray())!;
        Assert.Equal(("won-36h", "won", 49_900L, "BRL"), (deal["id"]!.GetValue<string>(), deal["stage"]!.GetValue<string>(), deal["valueCents"]!.GetValue<long>(), deal["currency"]!.GetValue<string>()));
        Assert.Equal(now.AddHours(-36), deal["wonAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal((ana["id"]!.GetValue<string>(), "Ana Lima", "ana.deals@example.com", "5511966660001"),
            (deal["lead"]!["id"]!.GetValue<string>(), deal["lead"]!["name"]!.GetValue<string>(), deal["lead"]!["email"]!.GetValue<string>(), deal["lead"]!["phone"]!.GetValue<string>()));
        Assert.Equal(["id", "name", "email", "phone"], deal["lead"]!.AsObject().Select(p => p.Key));

        Assert.Equal(["won-30h", "won-36h"], await IdsAsync("deals-yesterday", new JsonObject { ["wonDaysAgo"] = 1 }));
        Assert.Equal(["won-12h"], await IdsAsync("deals-last-day", new JsonObject { ["wonDaysAgo"] = 0 }));
        Assert.Equal(["won-60h"], await IdsAsync("deals-three-days", new JsonObject { ["wonDaysAgo"] = 2 }));
        Assert.Equal(["won-60h"], await IdsAsync("deals-between", new JsonObject
        {
            ["wonFrom"] = now.AddDays(-4).ToString("O", CultureInfo.InvariantCulture), ["wonTo"] = now.AddDays(-2).ToString("O", CultureInfo.InvariantCulture),
        }));
        Assert.Equal(["still-open"], await IdsAsync("deals-not-won", new JsonObject { ["won"] = false }));
        Assert.Equal(["still-open", "won-12h", "won-36h", "won-60h"], await IdsAsync("deals-unsurveyed", new JsonObject { ["withoutSurvey"] = true }));
        Assert.Equal(["won-12h", "won-30h"], await IdsAsync("deals-won-two", new JsonObject { ["stage"] = "won", ["limit"] = 2 }));
    }

    [Fact]
    public async Task Bad_inputs_from_expressions_fail_the_run_naming_the_input()
    {
        async Task<string> IncidentAsync(string id, JsonObject inputs, JsonObject input)
        {
            var run = await ListAsync(id, inputs, input);
            Assert.Equal("Faulted", run["status"]!.GetValue<string>());
            return (await host.GetInstanceAsync(run["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        }

        Assert.Contains("ListDeals: limit: 5000 is out of range", await IncidentAsync("deals-bad-limit", new JsonObject { ["limit"] = Js("input.limit") }, new JsonObject { ["limit"] = 5000 }), StringComparison.Ordinal);
        Assert.Contains("Input 'wonFrom' has the wrong type", await IncidentAsync("deals-bad-from", new JsonObject { ["wonFrom"] = Js("input.from") }, new JsonObject { ["from"] = "yesterday" }), StringComparison.Ordinal);
        Assert.Contains("ListDeals: stage: 'closed'", await IncidentAsync("deals-bad-stage", new JsonObject { ["stage"] = Js("input.stage") }, new JsonObject { ["stage"] = "closed" }), StringComparison.Ordinal);
        Assert.Contains("ListDeals: won: false selects deals not won", await IncidentAsync("deals-bad-window", new JsonObject { ["won"] = Js("input.won"), ["wonDaysAgo"] = 1 }, new JsonObject { ["won"] = false }), StringComparison.Ordinal);
    }
}
