using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class CrmTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public CrmTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task UpsertLead_twice_with_the_same_email_keeps_one_lead()
    {
        await host.PublishAsync(Definition("crm-upsert-twice",
            [
                Activity("first", "UpsertLead", new JsonObject { ["name"] = "Ana", ["email"] = "Ana.Twice@Example.com", ["source"] = "site" }),
                Activity("second", "UpsertLead", new JsonObject { ["name"] = "Ana Souza", ["email"] = "  ana.twice@example.COM ", ["phone"] = "+55 11 98765-0001", ["score"] = 70 }),
                Activity("keep", "SetOutput", new JsonObject
                {
                    ["name"] = "leads",
                    ["value"] = Js("({ ids: [outputs.first.lead.id, outputs.second.lead.id], created: [outputs.first.created, outputs.second.created], lead: outputs.second.lead })"),
                }),
            ],
            [Connect("first", "second"), Connect("second", "keep")]));

        var output = (await host.RunAsync("crm-upsert-twice", wait: 10))["output"]!["leads"]!;

        var id = output["ids"]![0]!.GetValue<string>();
        Assert.Equal(id, output["ids"]![1]!.GetValue<string>());
        Assert.Equal([true, false], output["created"]!.AsArray().Select(c => c!.GetValue<bool>()));
        var lead = output["lead"]!;
        Assert.Equal(("Ana Souza", "ana.twice@example.com", "5511987650001", "site", 70, "new"),
            (lead["name"]!.GetValue<string>(), lead["email"]!.GetValue<string>(), lead["phone"]!.GetValue<string>(), lead["source"]!.GetValue<string>(), lead["score"]!.GetValue<int>(), lead["stage"]!.GetValue<string>()));
        var found = (await host.Api.GetFromJsonAsync<JsonObject>("/api/leads?search=ana.twice"))!["items"]!.AsArray();
        Assert.Equal(id, Assert.Single(found)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Three_appended_messages_come_back_in_order_as_chat_history()
    {
        await host.PublishAsync(Definition("crm-conversation",
            [
                Activity("lead", "UpsertLead", new JsonObject { ["phone"] = "+55 21 99876-0002", ["name"] = "Bruno" }),
                Message("m1", "inbound", "Oi, quanto custa o plano?", "Bruno"),
                Message("m2", "outbound", "O plano Pro custa R$ 99 por mês.", "Luddy"),
                Message("m3", "inbound", "Tem desconto anual?", "Bruno"),
                Activity("read", "GetConversation", new JsonObject { ["leadId"] = Js("outputs.lead.lead.id"), ["channel"] = "whatsapp" }),
                Activity("lasttwo", "GetConversation", new JsonObject { ["threadId"] = Js("outputs.m1.threadId"), ["last"] = 2 }),
                Activity("keep", "SetOutput", new JsonObject
                {
                    ["name"] = "conversation",
                    ["value"] = Js("({ threads: [outputs.m1.threadId, outputs.m2.threadId, outputs.m3.threadId], read: outputs.read, lasttwo: outputs.lasttwo.history, leadId: outputs.lead.lead.id })"),
                }),
            ],
            [Connect("lead", "m1"), Connect("m1", "m2"), Connect("m2", "m3"), Connect("m3", "read"), Connect("read", "lasttwo"), Connect("lasttwo", "keep")]));

        var output = (await host.RunAsync("crm-conversation", wait: 10))["output"]!["conversation"]!;

        var threadId = output["threads"]![0]!.GetValue<string>();
        Assert.All(output["threads"]!.AsArray(), t => Assert.Equal(threadId, t!.GetValue<string>()));
        Assert.Equal(threadId, output["read"]!["threadId"]!.GetValue<string>());
        var messages = output["read"]!["messages"]!.AsArray();
        Assert.Equal(["Oi, quanto custa o plano?", "O plano Pro custa R$ 99 por mês.", "Tem desconto anual?"], messages.Select(m => m!["body"]!.GetValue<string>()));
        Assert.Equal(["inbound", "outbound", "inbound"], messages.Select(m => m!["direction"]!.GetValue<string>()));
        Assert.Equal(["Bruno", "Luddy", "Bruno"], messages.Select(m => m!["sender"]!.GetValue<string>()));
        var history = output["read"]!["history"]!.AsArray();
        Assert.Equal(["user", "assistant", "user"], history.Select(h => h!["role"]!.GetValue<string>()));
        Assert.Equal(messages.Select(m => m!["body"]!.GetValue<string>()), history.Select(h => h!["content"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal(["role", "content"], h!.AsObject().Select(p => p.Key)));
        Assert.Equal(["assistant", "user"], output["lasttwo"]!.AsArray().Select(h => h!["role"]!.GetValue<string>()));

        // The API gives the same conversation, in order, a page at a time.
        var page = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/threads/{threadId}/messages?limit=2"))!;
        var rest = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/threads/{threadId}/messages?cursor={Uri.EscapeDataString(page["nextCursor"]!.GetValue<string>())}"))!;
        var listed = page["items"]!.AsArray().Concat(rest["items"]!.AsArray()).ToList();
        Assert.Equal(messages.Select(m => m!["body"]!.GetValue<string>()), listed.Select(m => m!["body"]!.GetValue<string>()));
        Assert.NotNull(listed[0]!["createdAt"]);
        Assert.Null(rest["nextCursor"]);

        var leadId = output["leadId"]!.GetValue<string>();
        var lead = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/leads/{leadId}"))!;
        Assert.Equal("whatsapp", Assert.Single(lead["threads"]!.AsArray())!["channel"]!.GetValue<string>());
        Assert.Empty(lead["deals"]!.AsArray());
        var threads = (await host.Api.GetFromJsonAsync<JsonArray>($"/api/leads/{leadId}/threads"))!;
        Assert.Equal(("wa-5521998760002", threadId), (threads.Single()!["externalId"]!.GetValue<string>(), threads.Single()!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MarkDealWon_publishes_deal_won_once_however_often_it_runs()
    {
        await host.PublishAsync(Definition("crm-on-deal-won",
            [
                Activity("won", "Event", new JsonObject { ["name"] = "deal.won" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "won", ["value"] = Js("({ deal: trigger.payload.deal.id, stage: trigger.payload.deal.stage, email: trigger.payload.lead.email })") }),
            ],
            [Connect("won", "note")]));
        await host.PublishAsync(Definition("crm-close-deal",
            [
                Activity("lead", "UpsertLead", new JsonObject { ["email"] = "carla.buyer@example.com" }),
                Activity("deal", "CreateDeal", new JsonObject { ["leadId"] = Js("outputs.lead.lead.id"), ["title"] = "Plano Pro anual", ["valueCents"] = 118_800 }),
                Activity("win", "MarkDealWon", new JsonObject { ["dealId"] = Js("outputs.deal.deal.id") }),
                Activity("winagain", "MarkDealWon", new JsonObject { ["dealId"] = Js("outputs.deal.deal.id") }),
                Activity("keep", "SetOutput", new JsonObject
                {
                    ["name"] = "result",
                    ["value"] = Js("({ dealId: outputs.deal.deal.id, leadId: outputs.lead.lead.id, currency: outputs.deal.deal.currency, stage: outputs.deal.deal.stage, published: [outputs.win.published, outputs.winagain.published], wonAt: outputs.win.deal.wonAt })"),
                }),
            ],
            [Connect("lead", "deal"), Connect("deal", "win"), Connect("win", "winagain"), Connect("winagain", "keep")]));
        await host.PublishAsync(Definition("crm-win-again",
            [
                Activity("win", "MarkDealWon", new JsonObject { ["dealId"] = Js("input.dealId") }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "published", ["value"] = Js("outputs.win.published") }),
            ],
            [Connect("win", "keep")]));

        var result = (await host.RunAsync("crm-close-deal", wait: 10))["output"]!["result"]!;
        var dealId = result["dealId"]!.GetValue<string>();
        var again = await host.RunAsync("crm-win-again", new JsonObject { ["dealId"] = dealId }, wait: 10);

        Assert.Equal(("BRL", "open"), (result["currency"]!.GetValue<string>(), result["stage"]!.GetValue<string>()));
        Assert.Equal([true, false], result["published"]!.AsArray().Select(p => p!.GetValue<bool>()));
        Assert.False(again["output"]!["published"]!.GetValue<bool>());

        // The event starts its listener in the publishing run, so by now every start there will be has happened.
        var started = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=crm-on-deal-won"))!["items"]!.AsArray();
        var listener = await host.WaitForStatusAsync(Assert.Single(started)!["id"]!.GetValue<string>(), "Finished");
        Assert.Equal(result["leadId"]!.GetValue<string>(), listener["correlationId"]!.GetValue<string>());
        Assert.Equal((dealId, "won", "carla.buyer@example.com"),
            (listener["output"]!["won"]!["deal"]!.GetValue<string>(), listener["output"]!["won"]!["stage"]!.GetValue<string>(), listener["output"]!["won"]!["email"]!.GetValue<string>()));

        var won = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/deals?won=true&leadId={result["leadId"]!.GetValue<string>()}"))!["items"]!.AsArray();
        var deal = Assert.Single(won)!;
        Assert.Equal((dealId, "won", 118_800L), (deal["id"]!.GetValue<string>(), deal["stage"]!.GetValue<string>(), deal["valueCents"]!.GetValue<long>()));
        Assert.Equal(DateTimeOffset.Parse(result["wonAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), deal["wonAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(deal["meta"]);
        Assert.Empty((await host.Api.GetFromJsonAsync<JsonObject>($"/api/deals?won=false&leadId={result["leadId"]!.GetValue<string>()}"))!["items"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_leads_and_deals_fail_the_activity_naming_them()
    {
        await host.PublishAsync(Definition("crm-unknown-lead",
            [Activity("update", "UpdateLead", new JsonObject { ["leadId"] = "no-such-lead", ["stage"] = "qualified" })],
            []));
        await host.PublishAsync(Definition("crm-unknown-deal",
            [Activity("win", "MarkDealWon", new JsonObject { ["dealId"] = "no-such-deal" })],
            []));

        var lead = await host.RunAsync("crm-unknown-lead", wait: 10);
        var deal = await host.RunAsync("crm-unknown-deal", wait: 10);

        Assert.Equal(("Faulted", "Faulted"), (lead["status"]!.GetValue<string>(), deal["status"]!.GetValue<string>()));
        var leadIncident = (await host.GetInstanceAsync(lead["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        var dealIncident = (await host.GetInstanceAsync(deal["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("'no-such-lead' was not found", leadIncident, StringComparison.Ordinal);
        Assert.Contains("'no-such-deal' was not found", dealIncident, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Literal_inputs_the_crm_cannot_take_are_refused_when_the_workflow_is_saved()
    {
        var saved = await host.Api.PutAsJsonAsync("/api/workflows/crm-bad-inputs", Definition("crm-bad-inputs",
            [
                Activity("deal", "CreateDeal", new JsonObject { ["leadId"] = "l", ["title"] = "t", ["valueCents"] = -5, ["currency"] = "reais" }),
                Activity("say", "AppendMessage", new JsonObject { ["leadId"] = "l", ["channel"] = "fax", ["direction"] = "sideways", ["body"] = "hi" }),
                Activity("move", "MoveDealStage", new JsonObject { ["dealId"] = "d", ["stage"] = "won" }),
                Activity("lead", "UpsertLead", new JsonObject { ["name"] = "Nobody", ["stage"] = "banana" }),
            ],
            []));

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var paths = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("activities[0].inputs.valueCents", paths);
        Assert.Contains("activities[0].inputs.currency", paths);
        Assert.Contains("activities[1].inputs.channel", paths);
        Assert.Contains("activities[1].inputs.direction", paths);
        Assert.Contains("activities[2].inputs.stage", paths);
        Assert.Contains("activities[3].inputs.stage", paths);
        Assert.Contains("activities[3].inputs.email", paths);
    }

    [Fact]
    public async Task The_api_creates_updates_and_refuses_bad_input_with_the_field_named()
    {
        var created = await host.Api.PostAsJsonAsync("/api/leads", new { name = "Dora", email = "Dora@Example.com", source = "form" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal($"/api/leads/{id}", created.Headers.Location!.ToString());
        var matched = await host.Api.PostAsJsonAsync("/api/leads", new { email = "dora@example.com ", phone = "+55 41 99999-0003", score = 35 });
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        var same = (await matched.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((id, "5541999990003", 35), (same["id"]!.GetValue<string>(), same["phone"]!.GetValue<string>(), same["score"]!.GetValue<int>()));

        var patched = await host.Api.PatchAsJsonAsync($"/api/leads/{id}", new { stage = "qualified", score = 80 });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var lead = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/leads/{id}"))!;
        Assert.Equal(("Dora", "dora@example.com", "form", 80, "qualified"),
            (lead["name"]!.GetValue<string>(), lead["email"]!.GetValue<string>(), lead["source"]!.GetValue<string>(), lead["score"]!.GetValue<int>(), lead["stage"]!.GetValue<string>()));
        Assert.Contains(id, (await host.Api.GetStringAsync("/api/leads?stage=qualified&source=form")), StringComparison.Ordinal);

        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { email = "not-an-email" }), "email");
        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { phone = "12" }), "phone");
        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { name = "No contact" }), "email or phone");
        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { email = "e@example.com", score = 101 }), "score");
        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { email = "e@example.com", stage = "banana" }), "stage");
        await AssertBadRequestAsync(await host.Api.PostAsJsonAsync("/api/leads", new { email = "e@example.com", score = "high" }), "score");
        await AssertBadRequestAsync(await host.Api.PatchAsJsonAsync($"/api/leads/{id}", new { stage = 3 }), "stage");
        await AssertBadRequestAsync(await host.Api.PatchAsJsonAsync($"/api/leads/{id}", new { score = -1 }), "score");
        await AssertBadRequestAsync(await host.Api.GetAsync("/api/leads?stage=banana"), "stage");
        await AssertBadRequestAsync(await host.Api.GetAsync("/api/leads?limit=0"), "limit");
        await AssertBadRequestAsync(await host.Api.GetAsync("/api/leads?cursor=garbage!"), "cursor");
        await AssertBadRequestAsync(await host.Api.GetAsync("/api/deals?won=maybe"), "won");
        await AssertBadRequestAsync(await host.Api.GetAsync("/api/deals?stage=closed"), "stage");
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.PatchAsJsonAsync("/api/leads/no-such-lead", new { score = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/leads/no-such-lead")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/leads/no-such-lead/threads")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/threads/no-such-thread/messages")).StatusCode);

        using var viewer = ClientWithKey(await CreateKeyAsync("viewer"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/leads/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/leads", new { email = "v@example.com" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PatchAsJsonAsync($"/api/leads/{id}", new { score = 1 })).StatusCode);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_the_leads_threads_or_deals()
    {
        var created = await host.Api.PostAsJsonAsync("/api/leads", new { email = "private.lead@example.com" });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await host.PublishAsync(Definition("crm-private-thread",
            [Activity("say", "AppendMessage", new JsonObject { ["leadId"] = id, ["channel"] = "email", ["direction"] = "outbound", ["body"] = "Proposta em anexo." })],
            []));
        Assert.Equal("Finished", (await host.RunAsync("crm-private-thread", wait: 10))["status"]!.GetValue<string>());
        var threadId = (await host.Api.GetFromJsonAsync<JsonArray>($"/api/leads/{id}/threads"))!.Single()!["id"]!.GetValue<string>();

        var tenant = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "crm-other", name = "Other" });
        Assert.Equal(HttpStatusCode.Created, tenant.StatusCode);
        using var other = ClientWithKey((await tenant.Content.ReadFromJsonAsync<JsonObject>())!["adminKey"]!["key"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/leads/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/leads/{id}/threads")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PatchAsJsonAsync($"/api/leads/{id}", new { stage = "lost" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/threads/{threadId}/messages")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonObject>("/api/leads"))!["items"]!.AsArray());
        Assert.Empty((await other.GetFromJsonAsync<JsonObject>("/api/deals"))!["items"]!.AsArray());

        // The same e-mail is a different lead there, and the first tenant's lead is untouched.
        var theirs = await other.PostAsJsonAsync("/api/leads", new { email = "private.lead@example.com" });
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(id, (await theirs.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        Assert.Equal("new", (await host.Api.GetFromJsonAsync<JsonObject>($"/api/leads/{id}"))!["stage"]!.GetValue<string>());
    }

    private static JsonObject Message(string id, string direction, string body, string sender) =>
        Activity(id, "AppendMessage", new JsonObject
        {
            ["leadId"] = Js("outputs.lead.lead.id"),
            ["channel"] = "whatsapp",
            ["externalId"] = Js("'wa-' + outputs.lead.lead.phone"),
            ["direction"] = direction,
            ["sender"] = sender,
            ["body"] = body,
        });

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 naming '{field}', got {(int)response.StatusCode}: {body}");
        Assert.Contains(field, body, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    private async Task<string> CreateKeyAsync(string role)
    {
        var response = await host.Api.PostAsJsonAsync("/api/keys", new { name = $"crm {role}", role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    private HttpClient ClientWithKey(string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
