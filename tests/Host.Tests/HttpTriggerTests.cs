using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class HttpTriggerTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public HttpTriggerTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task An_http_flow_answers_synchronously_with_the_computed_body()
    {
        await host.PublishAsync(Definition("priority-orders",
            [
                Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = "priority/orders", ["methods"] = new JsonArray("POST") }),
                Activity("total", "SetVariable", new JsonObject { ["name"] = "total", ["value"] = Js("trigger.body.qty * trigger.body.price") }),
                Activity("big", "If", new JsonObject { ["condition"] = Js("vars.total > 100") }),
                Activity("high", "WriteHttpResponse", new JsonObject { ["statusCode"] = 201, ["contentType"] = "text/plain", ["body"] = Liquid("high {{ trigger.body.id }} {{ vars.total }}") }),
                Activity("low", "WriteHttpResponse", new JsonObject { ["body"] = Liquid("low {{ trigger.body.id }} {{ vars.total }}") }),
            ],
            [Connect("inbound", "total"), Connect("total", "big"), Connect("big", "high", "True"), Connect("big", "low", "False")]));

        using var anonymous = host.CreateClient();
        var high = await anonymous.PostAsJsonAsync("/workflows/priority/orders", new { id = "A-1", qty = 3, price = 50 });
        Assert.Equal(HttpStatusCode.Created, high.StatusCode);
        Assert.Equal("high A-1 150", await high.Content.ReadAsStringAsync());

        var low = await anonymous.PostAsJsonAsync("/workflows/priority/orders", new { id = "A-2", qty = 1, price = 20 });
        Assert.Equal(HttpStatusCode.OK, low.StatusCode);
        Assert.Equal("low A-2 20", await low.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_flow_that_suspends_before_writing_answers_202_with_the_instance_id()
    {
        await host.PublishAsync(Definition("slow-orders",
            [
                Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = "slow/orders" }),
                Activity("wait", "Delay", new JsonObject { ["duration"] = "PT1H" }),
                Activity("reply", "WriteHttpResponse", new JsonObject { ["body"] = "late" }),
            ],
            [Connect("inbound", "wait"), Connect("wait", "reply")]));

        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/workflows/slow/orders", new { id = "B-1" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instanceId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();

        var instance = await host.GetInstanceAsync(instanceId);
        Assert.Equal("Suspended", instance["status"]!.GetValue<string>());
        Assert.Equal("Timer", instance["bookmarks"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Route_values_and_methods_select_the_trigger()
    {
        await host.PublishAsync(Definition("order-lookup",
            [
                Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = "lookup/{orderId}", ["methods"] = new JsonArray("GET") }),
                Activity("reply", "WriteHttpResponse", new JsonObject { ["body"] = Js("({ id: trigger.routeValues.orderId, q: trigger.query.verbose })") }),
            ],
            [Connect("inbound", "reply")]));

        using var anonymous = host.CreateClient();
        var found = await anonymous.GetFromJsonAsync<JsonObject>("/workflows/lookup/X-9?verbose=yes");
        Assert.Equal("X-9", found!["id"]!.GetValue<string>());
        Assert.Equal("yes", found["q"]!.GetValue<string>());

        var wrongMethod = await anonymous.PostAsJsonAsync("/workflows/lookup/X-9", new { });
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
    }

    [Fact]
    public async Task A_flow_answers_as_soon_as_it_writes_and_goes_on_working()
    {
        await using var slow = await FlakyServer.StartAsync(failures: 0);
        await host.PublishAsync(Definition("ack-then-work",
            [
                Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = "ack" }),
                Activity("ack", "WriteHttpResponse", new JsonObject { ["statusCode"] = 202, ["body"] = Js("({ received: trigger.body.id })") }),
                Activity("work", "SendHttpRequest", new JsonObject { ["url"] = slow.Url + "/slow", ["method"] = "POST" }),
            ],
            [Connect("inbound", "ack"), Connect("ack", "work")]));

        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/workflows/ack", new { id = "job-1" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("job-1", (await response.Content.ReadFromJsonAsync<JsonObject>())!["received"]!.GetValue<string>());

        // The answer came while the 10-second call it was followed by is still running.
        var running = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=ack-then-work"))!["items"]![0]!;
        Assert.Equal("Running", running["status"]!.GetValue<string>());
    }
}
