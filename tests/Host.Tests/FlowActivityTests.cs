using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>The core activities that need the whole host: child workflows, events, the Failed port, hooks.</summary>
public sealed class FlowActivityTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public FlowActivityTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task RunWorkflow_waits_for_the_child_and_takes_its_output()
    {
        await host.PublishAsync(Definition("child-double",
            [
                Activity("pause", "Delay", new JsonObject { ["duration"] = "PT0.2S" }),
                Activity("double", "SetOutput", new JsonObject { ["name"] = "doubled", ["value"] = Js("input.n * 2") }),
            ],
            [Connect("pause", "double")]));
        await host.PublishAsync(Definition("parent-calls",
            [
                Activity("call", "RunWorkflow", new JsonObject { ["workflowId"] = "child-double", ["input"] = new JsonObject { ["n"] = Js("input.n") } }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "result", ["value"] = Js("outputs.call.output.doubled") }),
            ],
            [Connect("call", "keep")]));

        var parentId = (await host.RunAsync("parent-calls", new JsonObject { ["n"] = 21 }))["instanceId"]!.GetValue<string>();
        var parent = await host.WaitForStatusAsync(parentId, "Finished");
        Assert.Equal(42, parent["output"]!["result"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunWorkflow_takes_the_failed_port_when_the_child_faults()
    {
        await host.PublishAsync(Definition("child-fails", [Activity("boom", "Fail", new JsonObject { ["message"] = "child gave up" })], []));
        await host.PublishAsync(Definition("parent-recovers",
            [
                Activity("call", "RunWorkflow", new JsonObject { ["workflowId"] = "child-fails" }),
                Activity("fallback", "SetOutput", new JsonObject { ["name"] = "error", ["value"] = Js("outputs.call.error") }),
            ],
            [Connect("call", "fallback", "Failed")]));

        var parentId = (await host.RunAsync("parent-recovers"))["instanceId"]!.GetValue<string>();
        var parent = await host.WaitForStatusAsync(parentId, "Finished");
        Assert.Contains("child gave up", parent["output"]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishEvent_starts_event_triggered_workflows_and_resumes_waiting_ones()
    {
        await host.PublishAsync(Definition("on-deal-won",
            [
                Activity("won", "Event", new JsonObject { ["name"] = "deal.won" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "deal", ["value"] = Js("trigger.payload.deal") }),
            ],
            [Connect("won", "note")]));
        await host.PublishAsync(Definition("waits-for-deal",
            [Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "deal.won" })],
            []));
        await host.PublishAsync(Definition("closes-deal",
            [Activity("announce", "PublishEvent", new JsonObject { ["name"] = "deal.won", ["correlationId"] = "deal-9", ["payload"] = new JsonObject { ["deal"] = "D-9" } })],
            []));

        var waiting = (await host.RunAsync("waits-for-deal", correlationId: "deal-9"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(waiting, "Suspended");
        var closer = (await host.RunAsync("closes-deal", wait: 10))["instanceId"]!.GetValue<string>();
        var closed = await host.WaitForStatusAsync(closer, "Finished");

        var journal = await host.GetJournalAsync(closer);
        var outputs = journal.Last(e => e!["activityId"]!.GetValue<string>() == "announce")!["outputs"]!;
        Assert.Equal((1, 1), (outputs["resumed"]!.GetValue<int>(), outputs["started"]!.GetValue<int>()));
        await host.WaitForStatusAsync(waiting, "Finished");
        var started = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=on-deal-won"))!["items"]!.AsArray().Single()!;
        var triggered = await host.WaitForStatusAsync(started["id"]!.GetValue<string>(), "Finished");
        Assert.Equal("D-9", triggered["output"]!["deal"]!.GetValue<string>());
        Assert.Equal("Finished", closed["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_connected_failed_port_catches_the_error_instead_of_faulting()
    {
        await using var server = await FlakyServer.StartAsync(failures: 100);
        await host.PublishAsync(Definition("charge-or-apologize",
            [
                Activity("charge", "SendHttpRequest", new JsonObject { ["url"] = server.Url + "/charge", ["method"] = "POST" }),
                Activity("sorry", "SetOutput", new JsonObject { ["name"] = "status", ["value"] = Js("outputs.charge.statusCode") }),
            ],
            [Connect("charge", "sorry", "Failed")]));

        var instanceId = (await host.RunAsync("charge-or-apologize"))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal(503, instance["output"]!["status"]!.GetValue<int>());
        Assert.Empty(instance["incidents"]!.AsArray());
    }

    [Fact]
    public async Task A_resume_url_resumes_its_instance_once()
    {
        await host.PublishAsync(Definition("approval",
            [
                Activity("ask", "WaitForEvent", new JsonObject { ["name"] = "approval" }),
                Activity("record", "SetOutput", new JsonObject { ["name"] = "approved", ["value"] = Js("outputs.ask.payload.approved") }),
            ],
            [Connect("ask", "record")]));
        var instanceId = (await host.RunAsync("approval"))["instanceId"]!.GetValue<string>();
        var suspended = await host.WaitForStatusAsync(instanceId, "Suspended");
        var resumeUrl = suspended["bookmarks"]![0]!["resumeUrl"]!.GetValue<string>();

        using var outsider = host.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await outsider.PostAsJsonAsync(resumeUrl, new { approved = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(resumeUrl, new { approved = false })).StatusCode);
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.True(finished["output"]!["approved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Cancelling_removes_the_bookmarks_and_ends_the_instance()
    {
        await host.PublishAsync(Definition("cancel-me", [Activity("wait", "Delay", new JsonObject { ["duration"] = "PT1H" })], []));
        var instanceId = (await host.RunAsync("cancel-me"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(instanceId, "Suspended");

        var cancelled = await host.Api.PostAsync($"/api/instances/{instanceId}/cancel", null);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        var instance = await host.WaitForStatusAsync(instanceId, "Cancelled");
        Assert.Empty(instance["bookmarks"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await host.Api.PostAsync($"/api/instances/{instanceId}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task An_attempt_over_its_timeout_fails_and_is_retried_before_the_failed_port()
    {
        await using var server = await FlakyServer.StartAsync(failures: 0);
        await host.PublishAsync(Definition("too-slow",
            [
                Activity("call", "SendHttpRequest", new JsonObject { ["url"] = server.Url + "/slow", ["method"] = "POST" },
                    retry: new JsonObject { ["maxAttempts"] = 2, ["initialDelay"] = "PT0.1S" }, timeout: "PT0.3S"),
                Activity("gave-up", "SetOutput", new JsonObject { ["name"] = "error", ["value"] = Js("outputs.call.error") }),
            ],
            [Connect("call", "gave-up", "Failed")]));

        var instanceId = (await host.RunAsync("too-slow"))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Contains("time", instance["output"]!["error"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Switch_takes_the_first_matching_case_or_default()
    {
        await host.PublishAsync(Definition("triage",
            [
                Activity("route", "Switch", new JsonObject
                {
                    ["cases"] = new JsonArray(
                        new JsonObject { ["name"] = "Vip", ["condition"] = Js("input.score >= 90") },
                        new JsonObject { ["name"] = "Warm", ["condition"] = Js("input.score >= 50") }),
                }),
                Activity("vip", "SetOutput", new JsonObject { ["name"] = "lane", ["value"] = "vip" }),
                Activity("warm", "SetOutput", new JsonObject { ["name"] = "lane", ["value"] = "warm" }),
                Activity("cold", "SetOutput", new JsonObject { ["name"] = "lane", ["value"] = "cold" }),
            ],
            [Connect("route", "vip", "Vip"), Connect("route", "warm", "Warm"), Connect("route", "cold", "Default")]));

        foreach (var (score, lane) in new[] { (95, "vip"), (60, "warm"), (10, "cold") })
        {
            var run = await host.RunAsync("triage", new JsonObject { ["score"] = score }, wait: 5);
            Assert.Equal(lane, run["output"]!["lane"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Workflows_react_to_other_workflows_finishing_and_faulting_but_not_to_their_own()
    {
        await host.PublishAsync(Definition("on-any-finish",
            [
                Activity("finished", "Event", new JsonObject { ["name"] = "workflow.finished" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "source", ["value"] = Js("trigger.payload.workflowId") }),
            ],
            [Connect("finished", "note")]));
        await host.PublishAsync(Definition("on-incident",
            [
                Activity("incident", "Event", new JsonObject { ["name"] = "incident.created" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "error", ["value"] = Js("trigger.payload.error") }),
            ],
            [Connect("incident", "note")]));
        await host.PublishAsync(Definition("quick-job", [Activity("a", "Log", new JsonObject { ["message"] = "done" })], []));
        await host.PublishAsync(Definition("broken-job", [Activity("a", "Fail", new JsonObject { ["message"] = "disk full" })], []));

        await host.RunAsync("quick-job");
        await host.RunAsync("broken-job");

        await Polling.UntilAsync(
            async () => (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=on-any-finish&status=Finished"))!["items"]!.AsArray(),
            items => items.Count >= 1, 10, "a reaction to quick-job");
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for any wrong reaction to show up
        var reactions = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=on-any-finish"))!["items"]!.AsArray();
        var sources = new List<string>();
        foreach (var item in reactions)
        {
            var reaction = await host.WaitForStatusAsync(item!["id"]!.GetValue<string>(), "Finished");
            sources.Add(reaction["output"]!["source"]!.GetValue<string>());
        }

        Assert.Contains("quick-job", sources);
        Assert.DoesNotContain("on-any-finish", sources); // its own finishing does not start it again
        Assert.DoesNotContain("on-incident", sources); // started by a platform event, so it sends none: no loops

        var incident = await Polling.UntilAsync(
            async () => (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=on-incident&status=Finished"))!["items"]!.AsArray(),
            items => items.Count >= 1, 10, "a reaction to broken-job's incident");
        var error = (await host.GetInstanceAsync(incident[0]!["id"]!.GetValue<string>()))["output"]!["error"]!.GetValue<string>();
        Assert.Contains("disk full", error, StringComparison.Ordinal);
    }
}
