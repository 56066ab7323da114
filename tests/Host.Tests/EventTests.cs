using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class EventTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public EventTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task A_waiting_instance_resumes_once_however_often_the_event_arrives()
    {
        await host.PublishAsync(Definition("await-payment",
            [
                Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "payment.confirmed" }),
                Activity("count", "SetVariable", new JsonObject { ["name"] = "resumes", ["value"] = Js("(vars.resumes || 0) + 1") }),
                Activity("done", "SetOutput", new JsonObject { ["name"] = "paid", ["value"] = Js("outputs.wait.payload.amount") }),
            ],
            [Connect("wait", "count"), Connect("count", "done")]));

        var instanceId = (await host.RunAsync("await-payment", correlationId: "order-77"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(instanceId, "Suspended");

        var other = await host.Api.PostAsJsonAsync("/api/events/payment.confirmed", new { correlationId = "order-78", payload = new { amount = 1 } });
        Assert.Equal(0, (await other.Content.ReadFromJsonAsync<JsonObject>())!["resumed"]!.GetValue<int>());

        var resumed = new List<int>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var response = await host.Api.PostAsJsonAsync("/api/events/payment.confirmed", new { correlationId = "order-77", payload = new { amount = 4990 } });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            resumed.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["resumed"]!.GetValue<int>());
        }

        Assert.Equal([1, 0, 0], resumed);
        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal(4990, instance["output"]!["paid"]!.GetValue<int>());
        Assert.Equal(1, instance["variables"]!["resumes"]!.GetValue<int>());
        var journal = await host.GetJournalAsync(instanceId);
        Assert.Single(journal, e => e!["event"]!.GetValue<string>() == "Resumed");
    }
}
