using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>Two host processes on one PostgreSQL and one RabbitMQ share the work; one may die.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ScaleOutTests
{
    private const int Instances = 1000;

    private static JsonObject PayAfterEvent(string counterUrl) => Definition("pay-after-event",
        [
            Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "go" }),
            Activity("pay", "SendHttpRequest", new JsonObject { ["url"] = counterUrl + "/count", ["method"] = "POST", ["idempotencyKey"] = true },
                retry: new JsonObject { ["maxAttempts"] = 5, ["initialDelay"] = "PT0.2S" }),
        ],
        [Connect("wait", "pay")]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Instances_resumed_through_either_process_all_finish_and_each_effect_happens_once(bool killOne)
    {
        await using var counter = await CounterServer.StartAsync();
        await using var cluster = await ScaleOutCluster.StartAsync(processes: 2, leaseDuration: TimeSpan.FromSeconds(3));
        using var first = cluster.Client(cluster.Hosts[0]);
        using var second = cluster.Client(cluster.Hosts[1]);
        HttpClient[] clients = [first, second];
        await cluster.PublishAsync(first, PayAfterEvent(counter.Url));
        await Task.Delay(TimeSpan.FromSeconds(6)); // the other process's trigger index refreshes within 5 s

        await Parallel.ForEachAsync(Enumerable.Range(0, Instances), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var started = await clients[i % 2].PostAsJsonAsync("/api/workflows/pay-after-event/run", new { correlationId = $"c{i}" }, ct);
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync(ct));
        });
        Assert.Equal(Instances, (await ScaleOutCluster.CountByStatusAsync(first, "pay-after-event")).GetValueOrDefault("Suspended"));

        var resumed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Instances), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            if (killOne && i == Instances / 2)
            {
                cluster.Hosts[1].Kill(); // SIGKILL while instances are being resumed and run
            }

            var client = killOne ? first : clients[i % 2];
            var response = await client.PostAsJsonAsync("/api/events/go", new { correlationId = $"c{i}" }, ct);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
            Interlocked.Add(ref resumed, (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["resumed"]!.GetValue<int>());
        });
        Assert.Equal(Instances, resumed);

        var counts = await Polling.UntilAsync(
            () => ScaleOutCluster.CountByStatusAsync(first, "pay-after-event"),
            c => c.GetValueOrDefault("Finished") == Instances, 120, $"{Instances} instances to finish");
        Assert.Equal(Instances, counts["Finished"]);
        Assert.Equal(Instances, counter.Effects.Count);
        Assert.All(counter.Effects.Values, applied => Assert.Equal(1, applied));
        Assert.True(counter.Deliveries >= Instances);
    }

    [Fact]
    public async Task A_cron_schedule_fires_once_per_occurrence_with_two_processes()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(processes: 2, leaseDuration: TimeSpan.FromSeconds(10));
        using var api = cluster.Client(cluster.Hosts[0]);
        await cluster.PublishAsync(api, Definition("clustered-tick",
            [
                Activity("tick", "Cron", new JsonObject { ["expression"] = "* * * * * *" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "scheduledAt", ["value"] = Js("trigger.scheduledAt") }),
            ],
            [Connect("tick", "note")]));

        // Both processes sync the schedule (the second within its 5 s trigger refresh), then run it together.
        await Task.Delay(TimeSpan.FromSeconds(12));
        await api.DeleteAsync("/api/workflows/clustered-tick");
        await Task.Delay(TimeSpan.FromSeconds(7)); // both processes have dropped the schedule

        var scheduled = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await api.GetFromJsonAsync<JsonObject>($"/api/instances?workflowId=clustered-tick&limit=500{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            foreach (var item in page["items"]!.AsArray())
            {
                var instance = (await api.GetFromJsonAsync<JsonObject>($"/api/instances/{item!["id"]}"))!;
                scheduled.Add(instance["output"]!["scheduledAt"]!.GetValue<string>());
            }

            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.True(scheduled.Count >= 8, $"Only {scheduled.Count} occurrences fired in about 12 s.");
        Assert.Equal(scheduled.Count, scheduled.Distinct().Count());
    }
}
