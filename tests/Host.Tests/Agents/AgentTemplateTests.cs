using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The agents as templates: a tenant's own copy of Luddy carries its brand and price into the prompts and the charge.</summary>
public sealed class AgentTemplateTests
{
    [Fact]
    public async Task InstantiateSdr_WithABrandNameAndAPrice_GivesTheTenantsOwnWorkflowWhosePromptsAndChargeCarryThem()
    {
        await using var world = await AgentWorld.StartAsync();
        var gallery = (await world.Api.GetFromJsonAsync<JsonArray>("/api/templates"))!.Select(t => Text(t!, "id")).ToList();
        Assert.Superset(new HashSet<string> { "sdr-luddy", "copy-clio", "nps-campaign", "checkout" }, gallery.ToHashSet());

        var created = await world.Api.PostAsJsonAsync("/api/workflows/sdr-luddy/instantiate",
            new { values = new { brandName = "Zeta Cosméticos", productName = "Zeta Skin Box", priceCents = 19990 }, id = "zeta-luddy" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var copy = (await world.Api.GetFromJsonAsync<JsonObject>("/api/workflows/zeta-luddy"))!;
        Assert.Equal("Luddy, the SDR of Zeta Cosméticos", Text(copy, "name"));
        Assert.Equal(("sdr-luddy", 19990), (Text(copy["instantiatedFrom"]!, "templateId"), copy["instantiatedFrom"]!["values"]!["priceCents"]!.GetValue<int>()));
        JsonNode Inputs(string id) => copy["activities"]!.AsArray().Single(a => Text(a!, "id") == id)!["inputs"]!;
        Assert.Contains("the sales assistant of Zeta Cosméticos", Inputs("answer")["system"]!["$liquid"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(19990, Inputs("asaas")["amountCents"]!.GetValue<long>());

        var offer = await world.SendToLuddyAsync(
            new { message = "I want to buy, how do I pay?", name = "Rita", email = "rita@example.com", channel = "chat", cpfCnpj = "12345678909" },
            "/workflows/default/zeta-luddy/sdr/inbound");

        var system = world.Llm.Requests.Select(r => r["messages"]![0]!["content"]!.ToString()).Single(s => s.Contains("Context:", StringComparison.Ordinal));
        Assert.Contains("You are Luddy, the sales assistant of Zeta Cosméticos.", system, StringComparison.Ordinal);
        Assert.Contains("You sell Zeta Skin Box for BRL 199.90.", system, StringComparison.Ordinal);
        var payment = world.Asaas.Payment(Assert.Single(world.Asaas.PaymentIds));
        Assert.Equal((199.90m, "Zeta Skin Box"), (payment["value"]!.GetValue<decimal>(), Text(payment, "description")));
        Assert.Contains("To get Zeta Skin Box for BRL 199.90, pay here:", Text(offer, "reply"), StringComparison.Ordinal);
        var deal = (await world.LeadAsync(Text(offer, "leadId")))["deals"]!.AsArray().Single()!;
        Assert.Equal(("Zeta Skin Box", 19990L), (Text(deal, "title"), deal["valueCents"]!.GetValue<long>()));

        // The platform's own Luddy is untouched.
        var platform = (await world.Api.GetFromJsonAsync<JsonObject>("/api/workflows/sdr-luddy"))!;
        Assert.Equal("{{ template.agentName }}, the SDR of {{ template.brandName }}", Text(platform, "name"));
    }
}
