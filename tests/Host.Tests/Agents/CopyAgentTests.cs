using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Tests.Payments;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>Clio (<c>workflows/copy-clio.json</c>): a brief becomes three draft creatives written in parallel, then approved through the API.</summary>
public sealed class CopyAgentTests
{
    [Fact]
    public async Task Brief_ThreeVariantsFromThreeOverlappingLlmCalls_AreDraftsInBucketsABCThenApprovalPublishesTheChosen()
    {
        await using var world = await AgentWorld.StartAsync();
        await world.Host.PublishAsync(StripeFlows.Listener("on-approved", "creative.approved"));
        world.Llm.HoldUntilConcurrent(3, TimeSpan.FromSeconds(15));

        var response = await world.Api.PostAsJsonAsync("/workflows/clio/briefs", new { brief = "Launch the annual plan to new customers", campaignId = "camp-spring" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var batch = JsonNode.Parse(body)!;
        var creatives = batch["creatives"]!.AsArray();
        Assert.Equal(3, world.Llm.MaxConcurrentChats);
        Assert.Equal(["A", "B", "C"], creatives.Select(c => Text(c!, "abBucket")));
        Assert.Equal(["the main benefit", "social proof", "urgency or a limited offer"], creatives.Select(c => Text(c!, "angle")));
        Assert.Equal(["An ad about the main benefit.", "An ad about social proof.", "An ad about urgency or a limited offer."], creatives.Select(c => Text(c!, "copy")));
        Assert.All(creatives, c => Assert.Equal(("draft", "camp-spring", Text(batch, "batchId")), (Text(c!, "status"), Text(c!, "campaignId"), Text(c!, "batchId"))));

        // Each call carried the brief, its own angle and the brand's voice from the knowledge base.
        var prompts = world.Llm.Requests.Select(r => r["messages"]!.AsArray()).ToList();
        Assert.Equal(3, prompts.Count);
        Assert.All(prompts, m => Assert.Contains("(brand/voice.md) Acme speaks warmly", m[0]!["content"]!.ToString(), StringComparison.Ordinal));
        Assert.All(prompts, m => Assert.Contains("Brief: Launch the annual plan to new customers", m[^1]!["content"]!.ToString(), StringComparison.Ordinal));

        var chosen = Text(creatives[1]!, "id");
        var approval = await world.Api.PostAsJsonAsync("/api/creatives/approve", new { ids = new[] { chosen } });
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal("approved", Text((await approval.Content.ReadFromJsonAsync<JsonObject>())!["approved"]![0]!, "status"));
        var listed = (await world.Api.GetFromJsonAsync<JsonObject>("/api/creatives?campaignId=camp-spring"))!["items"]!.AsArray();
        Assert.Equal([("A", "draft"), ("B", "approved"), ("C", "draft")],
            listed.Select(c => (Text(c!, "abBucket"), Text(c!, "status"))).OrderBy(c => c.Item1));
        var announced = await StripeFlows.SingleListenerRunAsync(world.Host, "on-approved");
        Assert.Equal([chosen], announced["output"]!["payment"]!["creatives"]!.AsArray().Select(c => Text(c!, "id")));

        // Approving again changes nothing and announces nothing more.
        Assert.Equal(HttpStatusCode.OK, (await world.Api.PostAsync($"/api/creatives/{chosen}/approve", null)).StatusCode);
        await Task.Delay(500);
        Assert.Single((await world.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=on-approved"))!["items"]!.AsArray());

        // Another tenant neither sees nor approves them.
        using var other = await world.OtherTenantAsync("clio-other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/creatives/{chosen}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/creatives/approve", new { ids = new[] { Text(creatives[0]!, "id") } })).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonObject>("/api/creatives"))!["items"]!.AsArray());
        Assert.Equal("draft", Text((await world.Api.GetFromJsonAsync<JsonObject>($"/api/creatives/{Text(creatives[0]!, "id")}"))!, "status"));
    }

    [Fact]
    public async Task BriefEvent_BriefCreatedPublished_StartsClioAndStoresItsThreeDrafts()
    {
        await using var world = await AgentWorld.StartAsync();

        var published = await world.Api.PostAsJsonAsync("/api/events/brief.created", new { payload = new { brief = "Black Friday for small shops", campaignId = "camp-bf" } });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(1, (await published.Content.ReadFromJsonAsync<JsonObject>())!["started"]!.GetValue<int>());
        var run = await world.SingleInstanceAsync("copy-clio", "Finished");
        Assert.Equal(["A", "B", "C"], run["output"]!["creatives"]!.AsArray().Select(c => Text(c!, "abBucket")));
        var drafts = (await world.Api.GetFromJsonAsync<JsonObject>("/api/creatives?campaignId=camp-bf&status=draft"))!["items"]!.AsArray();
        Assert.Equal(3, drafts.Count);
        Assert.All(world.Llm.Requests, r => Assert.Contains("Brief: Black Friday for small shops", r["messages"]!.AsArray()[^1]!["content"]!.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadInput_EmptyBriefNoKeyAndBadApprovals_Get4xxNamingTheProblemAndChangeNothing()
    {
        await using var world = await AgentWorld.StartAsync();
        using var anonymous = world.Host.CreateClient();

        var empty = await world.Api.PostAsJsonAsync("/workflows/clio/briefs", new { brief = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("brief is required", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/workflows/clio/briefs", new { brief = "x" })).StatusCode);

        async Task<(HttpStatusCode, string)> Approve(object body)
        {
            var response = await world.Api.PostAsJsonAsync("/api/creatives/approve", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var (noIds, noIdsBody) = await Approve(new { });
        Assert.Equal(HttpStatusCode.BadRequest, noIds);
        Assert.Contains("ids is required", noIdsBody, StringComparison.Ordinal);
        var (emptyIds, emptyBody) = await Approve(new { ids = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, emptyIds);
        Assert.Contains("ids is empty", emptyBody, StringComparison.Ordinal);
        var (unknown, unknownBody) = await Approve(new { ids = new[] { "no-such-creative" } });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Contains("'no-such-creative' was not found", unknownBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Api.GetAsync("/api/creatives?status=famous")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Api.GetAsync("/api/creatives/no-such-creative")).StatusCode);
        Assert.Empty(world.Llm.Requests);
        Assert.Empty((await world.Api.GetFromJsonAsync<JsonObject>("/api/creatives"))!["items"]!.AsArray());
    }
}
