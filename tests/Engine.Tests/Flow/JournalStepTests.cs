using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Tests.Flow;

public sealed class JournalStepTests
{
    private const string Lookup = """
    { "id": "lookup",
      "activities": [
        { "id": "look", "type": "TwoLookups", "inputs": { "fail": { "$js": "input.fail" } }, "retry": { "maxAttempts": 2, "initialDelay": "PT1S" } },
        { "id": "after", "type": "SetOutput", "inputs": { "name": "ok", "value": true } }
      ],
      "connections": [ { "from": "look", "to": "after" } ] }
    """;

    private static EngineHarness Harness() => new(activities: engine => engine.AddActivity<TwoLookups>());

    [Fact]
    public async Task Run_ActivityReportingSteps_JournalsThemBetweenStartedAndCompleted()
    {
        var run = await Harness().StartAsync(Lookup, new JsonObject { ["fail"] = false });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var lines = run.Journal.Where(e => e.ActivityId == "look").Select(e => $"{e.Event}:{e.Outcome}").ToList();
        Assert.Equal(["Started:", "Step:lookup", "Step:lookup", "Completed:Done"], lines);
        var steps = run.EntriesOf("look", JournalEvent.Step).ToList();
        Assert.Equal(["ana", "bia"], steps.Select(s => s.Inputs!["name"]!.GetValue<string>()));
        Assert.Equal((12.5, "TwoLookups", 1), (steps[0].DurationMs!.Value, steps[0].Type, steps[0].Execution));
        Assert.Equal("no such lead", steps[1].Error);
        Assert.Equal(run.Journal.Select(e => e.Seq).Order(), run.Journal.Select(e => e.Seq)); // numbered in the order written
    }

    [Fact]
    public async Task Run_FailedAttempt_StillJournalsItsStepsBeforeRetrying()
    {
        var run = await Harness().StartAsync(Lookup, new JsonObject { ["fail"] = true });

        var lines = run.Journal.Where(e => e.ActivityId == "look").Select(e => $"{e.Event}:{e.Attempt}").ToList();
        Assert.Equal(["Started:1", "Step:1", "Step:1", "Retrying:1"], lines);
        Assert.Empty(run.EntriesOf("after", JournalEvent.Started));
    }

    /// <summary>Looks up two leads, reporting each lookup as a step, then completes or fails as its input says.</summary>
    [Activity("TwoLookups")]
    private sealed class TwoLookups : Activity<TwoLookups.Input, None>
    {
        public sealed record Input(bool Fail);

        protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
        {
            context.JournalStep("lookup", new JsonObject { ["name"] = "ana" }, new JsonObject { ["score"] = 8 }, durationMs: 12.5);
            context.JournalStep("lookup", new JsonObject { ["name"] = "bia" }, error: "no such lead");
            return ValueTask.FromResult(input.Fail ? ActivityResult.Fail("lookups failed") : ActivityResult.Done);
        }
    }
}
