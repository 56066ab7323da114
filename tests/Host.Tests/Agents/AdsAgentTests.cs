using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Tests.Ads;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>Lucy (<c>workflows/ads-lucy.json</c>): the hourly run reads the campaigns from the Meta fake and lowers the budget of those above the target CPA.</summary>
public sealed class AdsAgentTests
{
    [Fact]
    public async Task HourlyRun_ACampaignAboveTheTargetCpa_GetsOneBudgetCallPerRunAndTheTeamIsTold()
    {
        await using var world = await AgentWorld.StartAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        world.Meta.AddCampaign("c-over", "Spring launch", dailyBudgetCents: 10_000);
        world.Meta.AddCampaign("c-good", "Retargeting", dailyBudgetCents: 20_000);
        world.Meta.SetInsights("today",
            new FakeMetaAds.Insight("c-over", today, 10_000, 200, "300.00", Purchases: "2", PurchaseValue: "998.00"),
            new FakeMetaAds.Insight("c-good", today, 5_000, 100, "100.00", Purchases: "5", PurchaseValue: "2495.00"));

        var first = await world.Host.RunAsync("ads-lucy", wait: 20);

        Assert.Equal("Finished", Text(first, "status"));
        var post = Assert.Single(world.Meta.BudgetPosts);
        Assert.Equal(("c-over", "8000"), (post.CampaignId, post.DailyBudget)); // 20% off, above the R$ 10,00 minimum
        var kpis = first["output"]!["kpis"]!;
        Assert.Equal(["c-over"], kpis["aboveTarget"]!.AsArray().Select(c => c!.GetValue<string>()));
        var over = AdsFlows.Campaign(kpis["campaigns"]!, "c-over");
        Assert.Equal((15_000L, 0.02, 150L, 3.33), (over["cpaCents"]!.GetValue<long>(), over["ctr"]!.GetValue<double>(), over["cpcCents"]!.GetValue<long>(), over["roas"]!.GetValue<double>()));
        var mail = await world.Smtp.NextAsync();
        Assert.Equal(("team@example.com", "Lucy lowered 1 budget(s) of Acme"), (mail.To.Mailboxes.Single().Address, mail.Subject));
        Assert.Contains("Spring launch: CPA 150.00 above the target 50.00; daily budget 100.00 -> 80.00", mail.TextBody, StringComparison.Ordinal);

        // The next hour the campaign is still above the target: one more call, from the budget it has now.
        Assert.Equal("Finished", Text(await world.Host.RunAsync("ads-lucy", wait: 20), "status"));
        Assert.Equal(["8000", "6400"], world.Meta.BudgetPosts.Select(p => p.DailyBudget));
        Assert.Equal(6_400, world.Meta.DailyBudget("c-over"));
        Assert.Equal(20_000, world.Meta.DailyBudget("c-good"));
    }

    [Fact]
    public async Task HourlyRun_AllCampaignsWithinTheTarget_ChangesNoBudgetAndSendsNothing()
    {
        await using var world = await AgentWorld.StartAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        world.Meta.AddCampaign("c-good", "Retargeting", dailyBudgetCents: 20_000);
        world.Meta.SetInsights("today", new FakeMetaAds.Insight("c-good", today, 5_000, 100, "100.00", Purchases: "5", PurchaseValue: "2495.00"));

        var run = await world.Host.RunAsync("ads-lucy", wait: 20);

        Assert.Equal("Finished", Text(run, "status"));
        Assert.Empty(run["output"]!["kpis"]!["aboveTarget"]!.AsArray());
        Assert.Empty(world.Meta.BudgetPosts);
        Assert.Equal(0, world.Smtp.Accepted);
    }
}
