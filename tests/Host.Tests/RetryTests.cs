using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class RetryTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public RetryTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject Charge(string id, string url, int maxAttempts) => Definition(id,
        [
            Activity("charge", "SendHttpRequest",
                new JsonObject { ["url"] = url + "/charge", ["method"] = "POST", ["body"] = new JsonObject { ["amountCents"] = 990 }, ["idempotencyKey"] = true },
                retry: new JsonObject { ["maxAttempts"] = maxAttempts, ["initialDelay"] = "PT0.2S", ["backoff"] = 2.0, ["maxDelay"] = "PT5S" }),
            Activity("done", "SetOutput", new JsonObject { ["name"] = "charged", ["value"] = Js("outputs.charge.body.charged") }),
        ],
        [Connect("charge", "done")]);

    [Fact]
    public async Task Failed_attempts_are_retried_with_growing_durable_delays_until_the_call_succeeds()
    {
        await using var server = await FlakyServer.StartAsync(failures: 2);
        await host.PublishAsync(Charge("charge-retried", server.Url, maxAttempts: 3));

        var instanceId = (await host.RunAsync("charge-retried"))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.True(instance["output"]!["charged"]!.GetValue<bool>());
        Assert.Equal(3, server.Requests);
        Assert.Single(server.IdempotencyKeys.Distinct()); // one execution, one key, whatever the attempt

        var journal = await host.GetJournalAsync(instanceId);
        var starts = journal.Where(e => e!["activityId"]!.GetValue<string>() == "charge" && e["event"]!.GetValue<string>() == "Started").ToList();
        Assert.Equal([1, 2, 3], starts.Select(e => e!["attempt"]!.GetValue<int>()));

        // The back-offs the engine scheduled grow (0.2 s, then 0.4 s), and each attempt waited at least its back-off.
        var delays = journal.Where(e => e!["event"]!.GetValue<string>() == "Retrying").Select(e => e!["outputs"]!["delayMs"]!.GetValue<double>()).ToList();
        Assert.Equal([200d, 400d], delays);
        var at = starts.Select(e => e!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.True(at[1] - at[0] >= TimeSpan.FromMilliseconds(200), $"First back-off was {(at[1] - at[0]).TotalMilliseconds} ms.");
        Assert.True(at[2] - at[1] >= TimeSpan.FromMilliseconds(400), $"Second back-off was {(at[2] - at[1]).TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task Spent_attempts_fault_the_instance_with_an_incident_and_a_manual_retry_finishes_it()
    {
        await using var server = await FlakyServer.StartAsync(failures: 100);
        await host.PublishAsync(Charge("charge-faulted", server.Url, maxAttempts: 2));

        var instanceId = (await host.RunAsync("charge-faulted"))["instanceId"]!.GetValue<string>();
        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        var incident = faulted["incidents"]!.AsArray().Single()!;
        Assert.Equal("charge", incident["activityId"]!.GetValue<string>());
        Assert.Contains("503", incident["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, server.Requests);

        server.Fix();
        var retried = await host.Api.PostAsync($"/api/instances/{instanceId}/retry", null);
        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync());
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.True(finished["output"]!["charged"]!.GetValue<bool>());
        Assert.Equal(3, server.Requests);

        var again = await host.Api.PostAsync($"/api/instances/{instanceId}/retry", null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("faulted", (await again.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
