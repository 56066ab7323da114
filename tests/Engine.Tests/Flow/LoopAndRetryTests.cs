using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Tests.Flow;

public sealed class LoopAndRetryTests
{
    [Fact]
    public async Task ForEach_BodyWithoutLoopBack_RunsOncePerItemThenDone()
    {
        const string sum = """
        { "id": "sum", "variables": [ { "name": "sum", "default": 0 } ],
          "activities": [
            { "id": "each", "type": "ForEach", "inputs": { "items": [1, 2, 3] } },
            { "id": "add", "type": "SetVariable", "inputs": { "name": "sum", "value": { "$js": "vars.sum + outputs.each.item" } } },
            { "id": "done", "type": "SetOutput", "inputs": { "name": "sum", "value": { "$js": "vars.sum" } } }
          ],
          "connections": [ { "from": "each", "port": "Iterate", "to": "add" }, { "from": "each", "port": "Done", "to": "done" } ] }
        """;

        var run = await new EngineHarness().StartAsync(sum);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(6, run.Instance.State.Output["sum"]!.GetValue<long>());
        Assert.Equal([1, 2, 3], run.EntriesOf("add", JournalEvent.Completed).Select(e => e.Execution));
    }

    [Fact]
    public async Task Retry_FailingActivity_WaitsDurablyWithGrowingDelaysThenFaults()
    {
        const string failing = """
        { "id": "flaky",
          "activities": [ { "id": "boom", "type": "Fail", "inputs": { "message": "down" },
                            "retry": { "maxAttempts": 3, "initialDelay": "PT1S", "backoff": 2.0 } } ] }
        """;
        var harness = new EngineHarness();
        var run = await harness.StartAsync(failing);

        var firstWait = run.Instance.Bookmarks.Single(b => b.Kind == BookmarkKinds.Retry);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(1), firstWait.FireAt);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await run.FireDueAsync();
        var secondWait = run.Instance.Bookmarks.Single(b => b.Kind == BookmarkKinds.Retry);
        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(2), secondWait.FireAt);

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await run.FireDueAsync();

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal([1, 2, 3], run.EntriesOf("boom", JournalEvent.Started).Select(e => e.Attempt));
        Assert.Equal(2, run.EntriesOf("boom", JournalEvent.Retrying).Count());
        var incident = run.Instance.State.Incidents.Single();
        Assert.Equal(("boom", 3, "down"), (incident.ActivityId, incident.Attempt, incident.Message));
        Assert.Single(run.EntriesOf("boom", JournalEvent.Started).Select(e => e.Execution).Distinct());
    }

    [Fact]
    public async Task WaitForEvent_Resumed_CompletesWithThePayload()
    {
        const string wait = """
        { "id": "wait",
          "activities": [
            { "id": "paid", "type": "WaitForEvent", "inputs": { "name": "payment", "timeout": "PT1H" } },
            { "id": "out", "type": "SetOutput", "inputs": { "name": "amount", "value": { "$js": "outputs.paid.payload.amount" } } }
          ],
          "connections": [ { "from": "paid", "to": "out" } ] }
        """;
        var run = await new EngineHarness().StartAsync(wait, correlationId: "order-42");

        var bookmark = run.Instance.Bookmarks.Single();
        Assert.Equal(EventKeys.For("payment", "order-42"), bookmark.Key);
        await run.ResumeAsync(bookmark, new JsonObject { ["amount"] = 990 });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(990, run.Instance.State.Output["amount"]!.GetValue<long>());
    }

    [Fact]
    public async Task WaitForEvent_TimeoutFires_LeavesThroughTimedOut()
    {
        const string wait = """
        { "id": "wait",
          "activities": [
            { "id": "paid", "type": "WaitForEvent", "inputs": { "name": "payment", "timeout": "PT10M" } },
            { "id": "late", "type": "SetOutput", "inputs": { "name": "late", "value": true } }
          ],
          "connections": [ { "from": "paid", "port": "TimedOut", "to": "late" } ] }
        """;
        var harness = new EngineHarness();
        var run = await harness.StartAsync(wait);

        harness.Time.Advance(TimeSpan.FromMinutes(10));
        await run.FireDueAsync();

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.True(run.Instance.State.Output["late"]!.GetValue<bool>());
    }
}
