using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Tests.Flow;

public sealed class ParallelTests
{
    private static string ThreeDelays(string mode) => $$"""
    { "id": "fan-out",
      "activities": [
        { "id": "start", "type": "Log", "inputs": { "message": "go" } },
        { "id": "a", "type": "Delay", "inputs": { "duration": "PT1S" } },
        { "id": "b", "type": "Delay", "inputs": { "duration": "PT2S" } },
        { "id": "c", "type": "Delay", "inputs": { "duration": "PT3S" } },
        { "id": "join", "type": "Join", "inputs": { "mode": "{{mode}}" } },
        { "id": "after", "type": "SetOutput", "inputs": { "name": "joined", "value": true } }
      ],
      "connections": [
        { "from": "start", "to": "a" }, { "from": "start", "to": "b" }, { "from": "start", "to": "c" },
        { "from": "a", "to": "join" }, { "from": "b", "to": "join" }, { "from": "c", "to": "join" },
        { "from": "join", "to": "after" }
      ] }
    """;

    [Fact]
    public async Task JoinAll_ThreeDelayedBranches_RunsOnceAfterTheLast()
    {
        var harness = new EngineHarness();
        var run = await harness.StartAsync(ThreeDelays("all"));
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(3, run.Instance.Bookmarks.Count(b => b.Kind == BookmarkKinds.Timer));

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await run.FireDueAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await run.FireDueAsync();
        Assert.Empty(run.EntriesOf("join", JournalEvent.Completed));

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await run.FireDueAsync();

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Single(run.EntriesOf("join", JournalEvent.Completed));
        Assert.Single(run.EntriesOf("after", JournalEvent.Completed));
    }

    [Fact]
    public async Task JoinAny_FirstBranchArrives_CancelsTheOthersAndRunsOnce()
    {
        var harness = new EngineHarness();
        var run = await harness.StartAsync(ThreeDelays("any"));

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await run.FireDueAsync();

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Equal(2, run.RemovedBookmarks.Count);
        Assert.Equal(["b", "c"], run.Journal.Where(e => e.Event == JournalEvent.Cancelled).Select(e => e.ActivityId).Order());
        Assert.Single(run.EntriesOf("after", JournalEvent.Completed));
    }

    [Fact]
    public async Task JoinAll_BranchNotTakenByIf_DoesNotBlockTheJoin()
    {
        const string decision = """
        { "id": "decide",
          "activities": [
            { "id": "start", "type": "Log", "inputs": { "message": "go" } },
            { "id": "check", "type": "If", "inputs": { "condition": false } },
            { "id": "yes", "type": "Log", "inputs": { "message": "yes" } },
            { "id": "other", "type": "Log", "inputs": { "message": "other" } },
            { "id": "join", "type": "Join", "inputs": { "mode": "all" } }
          ],
          "connections": [
            { "from": "start", "to": "check" }, { "from": "start", "to": "other" },
            { "from": "check", "port": "True", "to": "yes" },
            { "from": "yes", "to": "join" }, { "from": "other", "to": "join" }
          ] }
        """;

        var run = await new EngineHarness().StartAsync(decision);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Single(run.EntriesOf("join", JournalEvent.Completed));
    }
}
