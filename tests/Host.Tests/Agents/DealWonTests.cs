using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Tests.Payments;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>One <c>deal.won</c>, three agents: Luddy wins the deal, Lucy pauses the lead's nurture, Clio marks the creative that brought the lead winner.</summary>
public sealed class DealWonTests
{
    [Fact]
    public async Task DealWon_FromALeadOfACampaign_LucyPausesItsNurtureAndClioMarksTheApprovedCreativeWinner()
    {
        await using var world = await AgentWorld.StartAsync();
        var brief = await world.Api.PostAsJsonAsync("/workflows/clio/briefs", new { brief = "Launch the annual plan", campaignId = "camp-spring" });
        Assert.Equal(HttpStatusCode.Created, brief.StatusCode);
        var creatives = (await brief.Content.ReadFromJsonAsync<JsonObject>())!["creatives"]!.AsArray();
        var chosen = Text(creatives[1]!, "id");
        Assert.Equal(HttpStatusCode.OK, (await world.Api.PostAsync($"/api/creatives/{chosen}/approve", null)).StatusCode);

        var offer = await world.SendToLuddyAsync(new
        {
            message = "I saw your ad and I want to buy, how do I pay?", name = "Caio", email = "caio@example.com", channel = "instagram",
            cpfCnpj = "12345678909", campaignId = "camp-spring",
        });
        var paymentId = Assert.Single(world.Asaas.PaymentIds);
        world.Asaas.MarkReceived(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(world.Host, world.Asaas.Webhook(paymentId, "PAYMENT_RECEIVED"))).StatusCode);

        var lucy = await world.SingleInstanceAsync("ads-lucy", "Finished");
        Assert.Equal(Text(offer, "leadId"), Text(lucy["output"]!, "nurturePaused"));
        var meta = (await world.LeadAsync(Text(offer, "leadId")))["meta"]!;
        Assert.Equal(("paused", "deal.won", "camp-spring"), (Text(meta, "nurture"), Text(meta, "nurturePausedBy"), Text(meta, "campaignId")));

        var clio = await Polling.UntilAsync(
            async () => (await world.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=copy-clio&status=Finished"))!["items"]!.AsArray(),
            items => items.Count == 2, 20, "Clio's deal.won run (after the brief's)");
        var winner = (await world.Api.GetFromJsonAsync<JsonObject>($"/api/creatives/{chosen}"))!;
        Assert.Equal("winner", Text(winner, "status"));
        Assert.Equal(Text(offer, "dealId"), Text(Assert.Single(winner["deals"]!.AsArray())!, "dealId"));
        var others = creatives.Where(c => Text(c!, "id") != chosen).Select(c => Text(c!, "id"));
        foreach (var id in others)
        {
            Assert.Equal("draft", Text((await world.Api.GetFromJsonAsync<JsonObject>($"/api/creatives/{id}"))!, "status"));
        }
    }
}
