using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Events;

/// <summary>PublishEvent through the engine's event publisher: waiting instances resume, Event triggers start.</summary>
public sealed class PublishEventTests
{
    private const string Waiter = """
        { "id": "waiter",
          "activities": [
            { "id": "paid", "type": "WaitForEvent", "inputs": { "name": "payment", "timeout": "PT1H" } },
            { "id": "keep", "type": "SetOutput", "inputs": { "name": "amount", "value": { "$js": "outputs.paid.payload.amount" } } }
          ],
          "connections": [ { "from": "paid", "to": "keep" } ] }
        """;

    private static string Publisher(string correlationId) => $$"""
        { "id": "publisher",
          "activities": [
            { "id": "announce", "type": "PublishEvent",
              "inputs": { "name": "payment", "correlationId": "{{correlationId}}", "payload": { "amount": 990 } } }
          ] }
        """;

    [Fact]
    public async Task Publish_InstanceWaitingWithThatCorrelation_ResumesItWithThePayload()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Waiter);
        harness.Publish(Publisher("order-42"));
        var waiting = await harness.StartAsync("waiter", correlationId: "order-42");
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);

        var publisher = await harness.StartAsync("publisher");

        Assert.Equal(WorkflowStatus.Finished, publisher.Status);
        var outputs = publisher.Instance.State.ActivityOutputs["announce"]!;
        Assert.Equal((1, 0), (outputs["resumed"]!.GetValue<int>(), outputs["started"]!.GetValue<int>()));
        var resumed = await harness.WaitForStatusAsync(waiting.InstanceId, WorkflowStatus.Finished);
        Assert.Equal(990, resumed.State.Output["amount"]!.GetValue<long>());
        Assert.Equal("payment", resumed.State.Trigger!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_OtherCorrelation_LeavesTheWaitingInstanceAlone()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Waiter);
        harness.Publish(Publisher("order-43"));
        var waiting = await harness.StartAsync("waiter", correlationId: "order-42");

        var publisher = await harness.StartAsync("publisher");

        Assert.Equal(0, publisher.Instance.State.ActivityOutputs["announce"]!["resumed"]!.GetValue<int>());
        var still = await harness.InstanceAsync(waiting.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, still.Status);
        Assert.Single(still.Bookmarks);
    }

    [Fact]
    public async Task Publish_WorkflowWithAnEventTrigger_StartsItWithTheEventAsTrigger()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""
            { "id": "on-payment",
              "activities": [
                { "id": "received", "type": "Event", "inputs": { "name": "payment" } },
                { "id": "keep", "type": "SetOutput", "inputs": { "name": "amount", "value": { "$js": "trigger.payload.amount" } } }
              ],
              "connections": [ { "from": "received", "to": "keep" } ] }
            """);
        harness.Publish(Publisher("order-44"));

        var publisher = await harness.StartAsync("publisher");

        Assert.Equal(1, publisher.Instance.State.ActivityOutputs["announce"]!["started"]!.GetValue<int>());
        var started = Assert.Single(harness.Store.InstancesOf("on-payment"));
        Assert.Equal((WorkflowStatus.Finished, "order-44"), (started.Status, started.CorrelationId));
        Assert.Equal(990, started.State.Output["amount"]!.GetValue<long>());
    }
}
