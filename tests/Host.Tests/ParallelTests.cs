using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class ParallelTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public ParallelTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject ThreeDelays(string id, string mode, string first, string others) => Definition(id,
        [
            Activity("start", "Log", new JsonObject { ["message"] = "fan out" }),
            Activity("a", "Delay", new JsonObject { ["duration"] = first }),
            Activity("b", "Delay", new JsonObject { ["duration"] = others }),
            Activity("c", "Delay", new JsonObject { ["duration"] = others }),
            Activity("join", "Join", new JsonObject { ["mode"] = mode }),
            Activity("done", "SetOutput", new JsonObject { ["name"] = "joined", ["value"] = true }),
        ],
        [
            Connect("start", "a"), Connect("start", "b"), Connect("start", "c"),
            Connect("a", "join"), Connect("b", "join"), Connect("c", "join"), Connect("join", "done"),
        ]);

    [Fact]
    public async Task Three_one_second_delays_overlap_and_join_all_runs_once()
    {
        await host.PublishAsync(ThreeDelays("fan-all", "all", "PT1S", "PT1S"));
        var run = await host.RunAsync("fan-all");
        var instanceId = run["instanceId"]!.GetValue<string>();

        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.True(instance["output"]!["joined"]!.GetValue<bool>());

        var journal = await host.GetJournalAsync(instanceId);
        var joinRuns = journal.Where(e => e!["activityId"]!.GetValue<string>() == "join" && e["event"]!.GetValue<string>() == "Completed").ToList();
        Assert.Single(joinRuns);

        // The engine's own clock: from the fan-out to the join, the three timers ran side by side.
        var fanOut = At(journal, "start", "Completed");
        var joined = joinRuns[0]!["at"]!.GetValue<DateTimeOffset>();
        Assert.True(joined - fanOut < TimeSpan.FromSeconds(2), $"Join ran {(joined - fanOut).TotalMilliseconds} ms after the fan-out.");
        Assert.True(joined - fanOut >= TimeSpan.FromSeconds(1), "Join ran before the delays were due.");
    }

    [Fact]
    public async Task Join_any_continues_on_the_first_branch_and_cancels_the_others()
    {
        await host.PublishAsync(ThreeDelays("fan-any", "any", "PT1S", "PT1H"));
        var instanceId = (await host.RunAsync("fan-any"))["instanceId"]!.GetValue<string>();

        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Empty(instance["bookmarks"]!.AsArray());

        var journal = await host.GetJournalAsync(instanceId);
        var cancelled = journal.Where(e => e!["event"]!.GetValue<string>() == "Cancelled").Select(e => e!["activityId"]!.GetValue<string>()).Order();
        Assert.Equal(["b", "c"], cancelled);
        Assert.Single(journal, e => e!["activityId"]!.GetValue<string>() == "join" && e["event"]!.GetValue<string>() == "Completed");
    }

    private static DateTimeOffset At(JsonArray journal, string activityId, string journalEvent) =>
        journal.First(e => e!["activityId"]!.GetValue<string>() == activityId && e["event"]!.GetValue<string>() == journalEvent)!["at"]!.GetValue<DateTimeOffset>();
}
