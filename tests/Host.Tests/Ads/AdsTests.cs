using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Ads.AdsFlows;
using static WorkflowPlatform.Host.Tests.Flows;
using Insight = WorkflowPlatform.Host.Tests.Ads.FakeMetaAds.Insight;

namespace WorkflowPlatform.Host.Tests.Ads;

/// <summary>The ads activities through the real host and real workflows, against <see cref="FakeMetaAds"/> on loopback.</summary>
public sealed class AdsTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public AdsTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task Activities_AreDescribedWithCategoryInputsOutputsAndPorts()
    {
        var activities = (await host.Api.GetFromJsonAsync<JsonArray>("/api/activities"))!;
        JsonNode Of(string type) => activities.Single(a => a!["type"]!.GetValue<string>() == type)!;
        IEnumerable<string> Names(JsonNode activity, string list) => activity[list]!.AsArray().Select(i => i!["name"]!.GetValue<string>());
        IEnumerable<string> Ports(JsonNode activity) => activity["ports"]!.AsArray().Select(p => p!.GetValue<string>());

        var insights = Of("GetAdInsights");
        Assert.Equal("Ads", insights["category"]!.GetValue<string>());
        Assert.Equal(["connection", "datePreset", "conversionAction"], Names(insights, "inputs"));
        Assert.Equal(["accountId", "currency", "dateStart", "dateStop", "campaigns"], Names(insights, "outputs"));
        Assert.Equal(["Done", "Failed"], Ports(insights));
        var kpis = Of("ComputeAdKpis");
        Assert.Equal("Ads", kpis["category"]!.GetValue<string>());
        Assert.Equal(["campaigns", "targetCpaCents"], Names(kpis, "inputs"));
        Assert.Equal(["campaigns", "aboveTarget", "totals"], Names(kpis, "outputs"));
        var budget = Of("UpdateAdBudget");
        Assert.Equal(["campaignId", "dailyBudgetCents", "minimumCents", "connection"], Names(budget, "inputs"));
        Assert.Equal(["campaignId", "previousCents", "dailyBudgetCents", "changed"], Names(budget, "outputs"));
        Assert.Equal(["Done", "Failed"], Ports(budget));
    }

    [Fact]
    public async Task GetAdInsights_TwoPagesOfStringFigures_OutputsNumbersJoinedWithBudgets()
    {
        await using var meta = await FakeMetaAds.StartAsync();
        meta.PageSize = 2;
        meta.AddCampaign("101", "Verão", 5000);
        meta.AddCampaign("102", "Black Friday", 12000);
        meta.AddCampaign("103", "Retargeting", dailyBudgetCents: null);
        meta.AddCampaign("104", "Sem entrega", 3000);
        meta.AddCampaign("105", "Pausada", 2000, status: "PAUSED");
        meta.SetInsights("today",
            new Insight("101", "2026-12-04", 1000, 50, "123.45", Purchases: "3", PurchaseValue: "450.00"),
            new Insight("102", "2026-12-04", 2000, 80, "200.1", Leads: "4"),
            new Insight("103", "2026-12-04", 500, 5, "10.50"));
        await ConnectAsync(host.Api, meta, "ads-pages");
        await host.PublishAsync(Step("ads-insights-pages", "GetAdInsights", new JsonObject { ["connection"] = "ads-pages" }));
        await host.PublishAsync(Step("ads-insights-leads", "GetAdInsights", new JsonObject { ["connection"] = "ads-pages", ["conversionAction"] = "lead" }));

        var report = (await OutputAsync(host, "ads-insights-pages"))["result"]!;

        Assert.Equal((FakeMetaAds.AccountId, "BRL", "2026-12-04", "2026-12-04"), (report["accountId"]!.GetValue<string>(), report["currency"]!.GetValue<string>(),
            report["dateStart"]!.GetValue<string>(), report["dateStop"]!.GetValue<string>()));
        var campaigns = report["campaigns"]!;
        Assert.Equal(["101", "102", "103", "104"], campaigns.AsArray().Select(c => c!["campaignId"]!.GetValue<string>()));
        (string?, string?, long?, long, long, long, long, long) Figures(string id)
        {
            var c = Campaign(campaigns, id);
            return (c["name"]?.GetValue<string>(), c["status"]?.GetValue<string>(), c["dailyBudgetCents"]?.GetValue<long>(), c["impressions"]!.GetValue<long>(),
                c["clicks"]!.GetValue<long>(), c["spendCents"]!.GetValue<long>(), c["conversions"]!.GetValue<long>(), c["conversionValueCents"]!.GetValue<long>());
        }

        Assert.Equal(("Verão", "ACTIVE", 5000L, 1000L, 50L, 12345L, 3L, 45000L), Figures("101"));
        Assert.Equal(("Black Friday", "ACTIVE", 12000L, 2000L, 80L, 20010L, 0L, 0L), Figures("102"));
        Assert.Equal(("Retargeting", "ACTIVE", null, 500L, 5L, 1050L, 0L, 0L), Figures("103"));
        Assert.Equal(("Sem entrega", "ACTIVE", 3000L, 0L, 0L, 0L, 0L, 0L), Figures("104"));

        // Three insight rows in pages of two: the second page came from paging.next; the campaigns took three pages.
        var insightReads = meta.Reads.Where(r => r.Contains("/insights", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, insightReads.Count);
        Assert.StartsWith($"/{FakeMetaAds.Version}/act_{FakeMetaAds.AccountId}/insights?level=campaign&fields=campaign_id,campaign_name,impressions,clicks,spend,actions,action_values,account_currency,date_start,date_stop&date_preset=today",
            Uri.UnescapeDataString(insightReads[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("after=", insightReads[0], StringComparison.Ordinal);
        Assert.Contains("after=", insightReads[1], StringComparison.Ordinal);
        Assert.Equal(3, meta.Reads.Count(r => r.Contains("/campaigns", StringComparison.Ordinal)));

        var leads = (await OutputAsync(host, "ads-insights-leads"))["result"]!["campaigns"]!;
        Assert.Equal((4L, 0L), (Campaign(leads, "102")["conversions"]!.GetValue<long>(), Campaign(leads, "101")["conversions"]!.GetValue<long>()));
    }

    [Fact]
    public async Task ComputeAdKpis_CampaignsWithAndWithoutDelivery_GivesRatiosNullsAndThoseAboveTarget()
    {
        var campaigns = new JsonArray
        {
            Figures("a", spend: 10000, impressions: 2000, clicks: 100, conversions: 4, value: 30000),
            Figures("b", spend: 5000, impressions: 3000, clicks: 7, conversions: 0, value: 0),
            Figures("c", spend: 0, impressions: 0, clicks: 0, conversions: 0, value: 0),
            Figures("d", spend: 9000, impressions: 1000, clicks: 30, conversions: 3, value: 0),
        };
        await host.PublishAsync(Step("ads-kpis-target", "ComputeAdKpis", new JsonObject { ["campaigns"] = campaigns.DeepClone(), ["targetCpaCents"] = 2800 }, hasFailed: false));
        await host.PublishAsync(Step("ads-kpis-no-target", "ComputeAdKpis", new JsonObject { ["campaigns"] = campaigns.DeepClone() }, hasFailed: false));

        var result = (await OutputAsync(host, "ads-kpis-target"))["result"]!;

        (decimal?, long?, long?, decimal?, bool) Ratios(JsonNode c) => (c["ctr"]?.GetValue<decimal>(), c["cpcCents"]?.GetValue<long>(),
            c["cpaCents"]?.GetValue<long>(), c["roas"]?.GetValue<decimal>(), c["aboveTarget"]?.GetValue<bool>() ?? false);
        var list = result["campaigns"]!;
        Assert.Equal((0.05m, 100L, 2500L, 3.00m, false), Ratios(Campaign(list, "a")));
        Assert.Equal((0.0023m, 714L, null, 0m, true), Ratios(Campaign(list, "b")));
        Assert.Equal((null, null, null, null, false), Ratios(Campaign(list, "c")));
        Assert.Equal((0.03m, 300L, 3000L, 0m, true), Ratios(Campaign(list, "d")));
        Assert.Equal(("Campaign a", 7000L), (Campaign(list, "a")["name"]!.GetValue<string>(), Campaign(list, "a")["dailyBudgetCents"]!.GetValue<long>()));
        Assert.Equal(["b", "d"], result["aboveTarget"]!.AsArray().Select(c => c!["campaignId"]!.GetValue<string>()));

        var totals = result["totals"]!;
        Assert.Equal((24000L, 6000L, 137L, 7L, 30000L), (totals["spendCents"]!.GetValue<long>(), totals["impressions"]!.GetValue<long>(),
            totals["clicks"]!.GetValue<long>(), totals["conversions"]!.GetValue<long>(), totals["conversionValueCents"]!.GetValue<long>()));
        Assert.Equal((0.0228m, 175L, 3429L, 1.25m), (totals["ctr"]!.GetValue<decimal>(), totals["cpcCents"]!.GetValue<long>(),
            totals["cpaCents"]!.GetValue<long>(), totals["roas"]!.GetValue<decimal>()));

        var untargeted = (await OutputAsync(host, "ads-kpis-no-target"))["result"]!;
        Assert.Empty(untargeted["aboveTarget"]!.AsArray());
        Assert.All(untargeted["campaigns"]!.AsArray(), c => Assert.False(c!["aboveTarget"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task UpdateAdBudget_SameValueTwice_PostsOnceAndTheSecondRunReportsUnchanged()
    {
        await using var meta = await FakeMetaAds.StartAsync();
        meta.AddCampaign("201", "Verão", 5000);
        await ConnectAsync(host.Api, meta, "ads-budget");
        await host.PublishAsync(Step("ads-budget", "UpdateAdBudget", new JsonObject
        {
            ["campaignId"] = Js("input.campaignId"), ["dailyBudgetCents"] = Js("input.budget"), ["connection"] = "ads-budget",
        }));
        (string, long, long, bool) Change(JsonNode result) => (result["campaignId"]!.GetValue<string>(), result["previousCents"]!.GetValue<long>(),
            result["dailyBudgetCents"]!.GetValue<long>(), result["changed"]!.GetValue<bool>());

        var first = (await OutputAsync(host, "ads-budget", new JsonObject { ["campaignId"] = "201", ["budget"] = 7000 }))["result"]!;
        Assert.Equal(("201", 5000L, 7000L, true), Change(first));
        Assert.Equal(new FakeMetaAds.BudgetPost("201", "7000"), Assert.Single(meta.BudgetPosts));
        Assert.Equal(7000, meta.DailyBudget("201"));

        var again = (await OutputAsync(host, "ads-budget", new JsonObject { ["campaignId"] = "201", ["budget"] = 7000 }))["result"]!;
        Assert.Equal(("201", 7000L, 7000L, false), Change(again));
        Assert.Single(meta.BudgetPosts);

        // Below the minimum (100 by default) the minimum is set.
        var low = (await OutputAsync(host, "ads-budget", new JsonObject { ["campaignId"] = "201", ["budget"] = 40 }))["result"]!;
        Assert.Equal(("201", 7000L, 100L, true), Change(low));
        Assert.Equal(new FakeMetaAds.BudgetPost("201", "100"), meta.BudgetPosts[^1]);
    }

    [Fact]
    public async Task BadToken_GetAdInsightsAndUpdateAdBudget_GoToFailedNamingTheTokenAndPostNothing()
    {
        await using var meta = await FakeMetaAds.StartAsync();
        meta.AddCampaign("301", "Verão", 5000);
        await ConnectAsync(host.Api, meta, "ads-bad-token", token: "EAAB-expired");
        await host.PublishAsync(Step("ads-bad-token-insights", "GetAdInsights", new JsonObject { ["connection"] = "ads-bad-token" }));
        await host.PublishAsync(Step("ads-bad-token-budget", "UpdateAdBudget", new JsonObject
        {
            ["campaignId"] = "301", ["dailyBudgetCents"] = 9000, ["connection"] = "ads-bad-token",
        }));
        await host.PublishAsync(Step("ads-no-connection", "GetAdInsights", new JsonObject { ["connection"] = "ads-nowhere" }));

        foreach (var workflowId in new[] { "ads-bad-token-insights", "ads-bad-token-budget" })
        {
            var output = await OutputAsync(host, workflowId);
            Assert.Null(output["result"]);
            var error = output["error"]!.GetValue<string>();
            Assert.Contains("access token of ads connection 'ads-bad-token' (account act_1234567890) was refused", error, StringComparison.Ordinal);
            Assert.Contains("Invalid OAuth access token", error, StringComparison.Ordinal);
            Assert.Contains("OAuthException, code 190", error, StringComparison.Ordinal);
            Assert.Contains("secret 'ads-bad-token-token'", error, StringComparison.Ordinal);
            Assert.DoesNotContain("EAAB-expired", error, StringComparison.Ordinal);
        }

        Assert.Empty(meta.BudgetPosts);
        Assert.Equal(5000, meta.DailyBudget("301"));
        var missing = (await OutputAsync(host, "ads-no-connection"))["error"]!.GetValue<string>();
        Assert.Contains("GetAdInsights: The tenant has no ads connection 'ads-nowhere'", missing, StringComparison.Ordinal);
        Assert.Contains("PUT /api/connections/ads-nowhere", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_AfterInsightsRuns_ReportsTheRecordedDaysSummedOnceByCurrencyAndCampaign()
    {
        await using var meta = await FakeMetaAds.StartAsync();
        meta.AddCampaign("401", "Verão", 5000);
        meta.AddCampaign("402", "Black Friday", 8000);
        await ConnectAsync(host.Api, meta, "ads-kpi");
        await host.PublishAsync(Step("ads-kpi-today", "GetAdInsights", new JsonObject { ["connection"] = "ads-kpi" }));
        await host.PublishAsync(Step("ads-kpi-yesterday", "GetAdInsights", new JsonObject { ["connection"] = "ads-kpi", ["datePreset"] = "yesterday" }));
        await host.PublishAsync(Step("ads-kpi-week", "GetAdInsights", new JsonObject { ["connection"] = "ads-kpi", ["datePreset"] = "last_7d" }));

        meta.SetInsights("yesterday", new Insight("401", "2026-11-19", 1000, 40, "80.00", Purchases: "2", PurchaseValue: "300.00"));
        meta.SetInsights("today", new Insight("401", "2026-11-20", 1500, 60, "90.00", Purchases: "1", PurchaseValue: "100.00"));
        await OutputAsync(host, "ads-kpi-today");
        // Later in the day the figures have grown: the second read replaces the first.
        meta.SetInsights("today",
            new Insight("401", "2026-11-20", 2000, 100, "150.50", Purchases: "3", PurchaseValue: "420.00"),
            new Insight("402", "2026-11-20", 500, 10, "20.00"));
        await OutputAsync(host, "ads-kpi-today");
        await OutputAsync(host, "ads-kpi-yesterday");
        // A week's aggregate is not a day: it is not recorded.
        meta.SetInsights("last_7d", new Insight("401", "2026-11-14", 99999, 9999, "9999.00"), new Insight("402", "2026-11-14", 88888, 888, "888.00"));
        await OutputAsync(host, "ads-kpi-week");

        var ads = (await host.Api.GetFromJsonAsync<JsonObject>("/api/metrics/kpi?from=2026-11-14&to=2026-11-21"))!["ads"]!;

        (long, long, long, long, long, decimal?, long?, long?, decimal?) Sums(JsonNode f) => (f["spendCents"]!.GetValue<long>(), f["impressions"]!.GetValue<long>(),
            f["clicks"]!.GetValue<long>(), f["conversions"]!.GetValue<long>(), f["conversionValueCents"]!.GetValue<long>(), f["ctr"]?.GetValue<decimal>(),
            f["cpcCents"]?.GetValue<long>(), f["cpaCents"]?.GetValue<long>(), f["roas"]?.GetValue<decimal>());
        var brl = Assert.Single(ads["byCurrency"]!.AsArray())!;
        Assert.Equal("BRL", brl["currency"]!.GetValue<string>());
        Assert.Equal((25050L, 3500L, 150L, 5L, 72000L, 0.0429m, 167L, 5010L, 2.87m), Sums(brl));
        var campaigns = ads["campaigns"]!;
        Assert.Equal(["401", "402"], campaigns.AsArray().Select(c => c!["campaignId"]!.GetValue<string>()));
        Assert.Equal(("Verão", "BRL"), (Campaign(campaigns, "401")["name"]!.GetValue<string>(), Campaign(campaigns, "401")["currency"]!.GetValue<string>()));
        Assert.Equal((23050L, 3000L, 140L, 5L, 72000L, 0.0467m, 165L, 4610L, 3.12m), Sums(Campaign(campaigns, "401")));
        Assert.Equal((2000L, 500L, 10L, 0L, 0L, 0.02m, 200L, null, 0m), Sums(Campaign(campaigns, "402")));

        // [from, to) takes whole days: only the 20th here.
        var today = (await host.Api.GetFromJsonAsync<JsonObject>("/api/metrics/kpi?from=2026-11-20&to=2026-11-21"))!["ads"]!;
        Assert.Equal((15050L, 2000L), (Campaign(today["campaigns"]!, "401")["spendCents"]!.GetValue<long>(), Campaign(today["campaigns"]!, "401")["impressions"]!.GetValue<long>()));
    }

    [Fact]
    public async Task BadInputs_MissingCampaignIdNegativeBudgetOrUnknownPreset_AreRefusedAtSaveWithTheirPaths()
    {
        var saved = await host.Api.PutAsJsonAsync("/api/workflows/ads-bad-inputs", Definition("ads-bad-inputs",
            [
                Activity("no-campaign", "UpdateAdBudget", new JsonObject { ["dailyBudgetCents"] = 5000 }),
                Activity("negative", "UpdateAdBudget", new JsonObject { ["campaignId"] = "201", ["dailyBudgetCents"] = -100, ["minimumCents"] = 0 }),
                Activity("blank", "UpdateAdBudget", new JsonObject { ["campaignId"] = " ", ["dailyBudgetCents"] = 5000 }),
                Activity("preset", "GetAdInsights", new JsonObject { ["datePreset"] = "last_week" }),
                Activity("target", "ComputeAdKpis", new JsonObject { ["campaigns"] = new JsonArray(), ["targetCpaCents"] = -5 }),
            ],
            []));

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var errors = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()
            .Select(e => (Path: e!["path"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        string MessageAt(string path) => Assert.Single(errors, e => e.Path == path).Message;

        Assert.Contains("Input 'campaignId' of UpdateAdBudget is required", MessageAt("activities[0].inputs.campaignId"), StringComparison.Ordinal);
        Assert.Contains("'dailyBudgetCents' must not be negative", MessageAt("activities[1].inputs.dailyBudgetCents"), StringComparison.Ordinal);
        Assert.Contains("got -100", MessageAt("activities[1].inputs.dailyBudgetCents"), StringComparison.Ordinal);
        Assert.Contains("'minimumCents' must be at least 1", MessageAt("activities[1].inputs.minimumCents"), StringComparison.Ordinal);
        Assert.Contains("'campaignId' must not be empty", MessageAt("activities[2].inputs.campaignId"), StringComparison.Ordinal);
        Assert.Contains("got 'last_week'", MessageAt("activities[3].inputs.datePreset"), StringComparison.Ordinal);
        Assert.Contains("'targetCpaCents' must not be negative", MessageAt("activities[4].inputs.targetCpaCents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputs_NegativeBudgetOrNoCampaignFromAnExpression_FailNamingTheInputAndPostNothing()
    {
        await using var meta = await FakeMetaAds.StartAsync();
        meta.AddCampaign("501", "Verão", 5000);
        await ConnectAsync(host.Api, meta, "ads-run-checks");
        await host.PublishAsync(Step("ads-run-checks", "UpdateAdBudget", new JsonObject
        {
            ["campaignId"] = Js("input.campaignId"), ["dailyBudgetCents"] = Js("input.budget"), ["connection"] = "ads-run-checks",
        }));

        var negative = (await OutputAsync(host, "ads-run-checks", new JsonObject { ["campaignId"] = "501", ["budget"] = -700 }))["error"]!.GetValue<string>();
        Assert.Contains("UpdateAdBudget: 'dailyBudgetCents' must not be negative", negative, StringComparison.Ordinal);
        var blank = (await OutputAsync(host, "ads-run-checks", new JsonObject { ["campaignId"] = "", ["budget"] = 700 }))["error"]!.GetValue<string>();
        Assert.Contains("UpdateAdBudget: 'campaignId' must not be empty", blank, StringComparison.Ordinal);
        var unknown = (await OutputAsync(host, "ads-run-checks", new JsonObject { ["campaignId"] = "999", ["budget"] = 700 }))["error"]!.GetValue<string>();
        Assert.Contains("Object with ID '999' does not exist", unknown, StringComparison.Ordinal);
        Assert.Empty(meta.BudgetPosts);
        Assert.Equal(5000, meta.DailyBudget("501"));
    }

    private static JsonObject Figures(string id, long spend, long impressions, long clicks, long conversions, long value) => new()
    {
        ["campaignId"] = id, ["name"] = $"Campaign {id}", ["status"] = "ACTIVE", ["dailyBudgetCents"] = 7000,
        ["impressions"] = impressions, ["clicks"] = clicks, ["spendCents"] = spend, ["conversions"] = conversions, ["conversionValueCents"] = value,
    };
}
