using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Tests.Http;

/// <summary>HttpEndpoint as the start of a run and as a wait in the middle of one.</summary>
public sealed class HttpEndpointTests
{
    [Fact]
    public async Task Endpoint_AsTheStartTrigger_CompletesWithTheRequest()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""
            { "id": "intake",
              "activities": [
                { "id": "inbound", "type": "HttpEndpoint", "inputs": { "path": "orders/{id}", "methods": ["POST", "PUT"] } },
                { "id": "keep", "type": "SetOutput", "inputs": { "name": "order", "value": { "$js": "outputs.inbound.routeValues.id + ':' + outputs.inbound.body.qty" } } }
              ],
              "connections": [ { "from": "inbound", "to": "keep" } ] }
            """);
        var request = new JsonObject
        {
            ["method"] = "PUT",
            ["path"] = "orders/42",
            ["body"] = new JsonObject { ["qty"] = 3 },
            ["routeValues"] = new JsonObject { ["id"] = "42" },
        };

        var run = await harness.StartAsync("intake", trigger: request);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("42:3", run.Output["order"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(request, run.Instance.State.ActivityOutputs["inbound"]));
    }

    [Fact]
    public async Task Endpoint_MidFlow_WaitsOnItsNormalisedPathAndResumesWithTheRequest()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""
            { "id": "callback",
              "activities": [
                { "id": "begin", "type": "Log", "inputs": { "message": "waiting for the payment callback" } },
                { "id": "paid", "type": "HttpEndpoint", "inputs": { "path": " /Callbacks//Payment/ " } },
                { "id": "keep", "type": "SetOutput", "inputs": { "name": "status", "value": { "$js": "outputs.paid.body.status" } } }
              ],
              "connections": [ { "from": "begin", "to": "paid" }, { "from": "paid", "to": "keep" } ] }
            """);

        var run = await harness.StartAsync("callback");
        var bookmark = Assert.Single(await harness.Store.FindBookmarksAsync(ActivityHarness.Tenant, BookmarkKinds.Http, "Callbacks/Payment", CancellationToken.None));
        var request = new JsonObject { ["method"] = "POST", ["path"] = "callbacks/payment", ["body"] = new JsonObject { ["status"] = "paid" } };
        var resumed = await harness.Services.GetRequiredService<BookmarkResumer>().ResumeAsync(bookmark, request, request, timedOut: false, CancellationToken.None);

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.True(resumed);
        var finished = await harness.WaitForStatusAsync(run.InstanceId, WorkflowStatus.Finished);
        Assert.Equal("paid", finished.State.Output["status"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(request, finished.State.Trigger));
    }

    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("/orders/", "orders")]
    [InlineData(" orders// ", "orders")]
    [InlineData("/Orders//{OrderId}/lines/", "Orders/{OrderId}/lines")]
    [InlineData("/ a / b /", "a/b")]
    [InlineData("/", "")]
    public void Normalize_SpellingsOfOneRoute_AreOneKey(string path, string expected) =>
        Assert.Equal(expected, HttpRoutes.Normalize(path));
}
