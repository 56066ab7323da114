using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Host.Tests.Ads;
using WorkflowPlatform.Host.Tests.Payments;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary><c>GET /api/metrics/kpi</c> after a day of the agents: each figure is the one the runs imply.</summary>
public sealed class AgentKpiTests
{
    // FakeOpenAi answers every chat with 10 prompt and 5 completion tokens; the connection prices them $0.5 and $1.5 per 1k.
    private const int TokensPerCall = 15;
    private const decimal CostPerCall = 0.0125m;

    [Fact]
    public async Task Kpi_AfterLuddySellsClioWritesLucyReadsAndCustomersAnswer_ReportsTheirRunsTokensRevenueDealsNpsCpaAndRoas()
    {
        await using var world = await AgentWorld.StartAsync();
        var now = world.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var from = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);

        // Luddy: a question and a purchase (two model calls each), paid by PIX.
        object Message(string text) => new { message = text, name = "Ana", email = "ana@example.com", channel = "chat", cpfCnpj = "12345678909" };
        await world.SendToLuddyAsync(Message("What does Acme Pro include?"));
        await world.SendToLuddyAsync(Message("I want to buy it"));
        var paymentId = Assert.Single(world.Asaas.PaymentIds);
        world.Asaas.MarkReceived(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(world.Host, world.Asaas.Webhook(paymentId, "PAYMENT_RECEIVED"))).StatusCode);
        await Polling.UntilAsync(async () => (await world.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=ads-lucy&status=Finished"))!["items"]!.AsArray(),
            items => items.Count == 1, 20, "Lucy's deal.won run");

        // Clio: one brief, three calls. Lucy: one hourly run over one campaign.
        Assert.Equal(HttpStatusCode.Created, (await world.Api.PostAsJsonAsync("/workflows/clio/briefs", new { brief = "Launch the annual plan" })).StatusCode);
        world.Meta.AddCampaign("c-spring", "Spring launch", dailyBudgetCents: 10_000);
        world.Meta.SetInsights("today", new FakeMetaAds.Insight("c-spring", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10_000, 200, "300.00", Purchases: "2", PurchaseValue: "998.00"));
        Assert.Equal("Finished", Text(await world.Host.RunAsync("ads-lucy", wait: 20), "status"));

        // The NPS campaign surveys two customers of a week ago: a promoter and a detractor answer.
        await world.WonCustomerAsync("Caio", "caio@example.com", "deal-caio", now.AddDays(-7.5));
        await world.WonCustomerAsync("Duda", "duda@example.com", "deal-duda", now.AddDays(-7.5));
        Assert.Equal("Finished", Text(await world.Host.RunAsync("nps-campaign", wait: 15), "status"));
        var links = await world.SurveyLinksAsync(3); // Lucy's note to the team came first
        Assert.Equal(HttpStatusCode.OK, (await world.AnswerSurveyAsync(links["caio@example.com"], 10, "")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.AnswerSurveyAsync(links["duda@example.com"], 2, "Too slow")).StatusCode);
        await Polling.UntilAsync(async () => (await world.Api.GetFromJsonAsync<JsonObject>("/api/tasks"))!["items"]!.AsArray(), items => items.Count == 1, 20, "the detractor's task");
        await Polling.UntilAsync(async () => (await world.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=nps-campaign&status=Finished"))!["items"]!.AsArray(),
            items => items.Count == 3, 20, "the answers' runs of the NPS campaign");

        var kpi = (await world.Api.GetFromJsonAsync<JsonObject>(
            $"/api/metrics/kpi?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}"))!;

        JsonNode Runs(string workflowId) => kpi["runs"]!["byWorkflow"]!.AsArray().Single(w => Text(w!, "workflowId") == workflowId)!;
        Assert.Equal((2, 1, 0), Figures(Runs("sdr-luddy"))); // the buyer's run waits for the survey date
        Assert.Equal((2, 2, 0), Figures(Runs("copy-clio"))); // the brief, and deal.won (no creative to mark)
        Assert.Equal((2, 2, 0), Figures(Runs("ads-lucy"))); // deal.won, and the hourly run
        Assert.Equal((3, 3, 0), Figures(Runs("nps-campaign"))); // the daily run and two answers
        Assert.Equal(0, kpi["runs"]!["faulted"]!.GetValue<int>());

        JsonNode Llm(string workflowId) => kpi["llm"]!["byWorkflow"]!.AsArray().Single(w => Text(w!, "workflowId") == workflowId)!;
        Assert.Equal((4, 4L * TokensPerCall, 4 * CostPerCall), LlmFigures(Llm("sdr-luddy")));
        Assert.Equal((3, 3L * TokensPerCall, 3 * CostPerCall), LlmFigures(Llm("copy-clio")));
        Assert.Equal((7, 7L * TokensPerCall, 7 * CostPerCall), LlmFigures(kpi["llm"]!));

        var payments = kpi["payments"]!;
        Assert.Equal((1, 1), (payments["created"]!.GetValue<int>(), payments["paid"]!.GetValue<int>()));
        var revenue = Assert.Single(payments["revenue"]!.AsArray())!;
        Assert.Equal((49_900L, 1), (revenue["amountCents"]!.GetValue<long>(), revenue["count"]!.GetValue<int>()));
        Assert.Equal("brl", Text(revenue, "currency").ToLowerInvariant());
        Assert.Equal(1, kpi["dealsWon"]!["won"]!.GetValue<int>()); // the customers of a week ago were won before the period

        var nps = kpi["nps"]!;
        Assert.Equal((1, 0, 1, 2), (nps["promoters"]!.GetValue<int>(), nps["passives"]!.GetValue<int>(), nps["detractors"]!.GetValue<int>(), nps["responses"]!.GetValue<int>()));
        Assert.Equal(0, nps["score"]!.GetValue<double>());

        var ads = Assert.Single(kpi["ads"]!["byCurrency"]!.AsArray())!;
        Assert.Equal(("BRL", 30_000L, 2L, 15_000L, 3.33), (Text(ads, "currency"), ads["spendCents"]!.GetValue<long>(), ads["conversions"]!.GetValue<long>(),
            ads["cpaCents"]!.GetValue<long>(), ads["roas"]!.GetValue<double>()));
    }

    private static (int, int, int) Figures(JsonNode runs) =>
        (runs["started"]!.GetValue<int>(), runs["finished"]!.GetValue<int>(), runs["faulted"]!.GetValue<int>());

    private static (int, long, decimal) LlmFigures(JsonNode llm) =>
        (llm["calls"]!.GetValue<int>(), llm["tokens"]!.GetValue<long>(), llm["costUsd"]!.GetValue<decimal>());
}
