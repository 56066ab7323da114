using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class CronTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public CronTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task An_every_second_schedule_starts_one_instance_per_occurrence()
    {
        await host.PublishAsync(Definition("every-second",
            [
                Activity("tick", "Cron", new JsonObject { ["expression"] = "* * * * * *" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "scheduledAt", ["value"] = Js("trigger.scheduledAt") }),
            ],
            [Connect("tick", "note")]));

        var instances = await Polling.UntilAsync(
            async () => (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=every-second&status=Finished&limit=100"))!["items"]!.AsArray(),
            items => items.Count >= 3, 15, "three cron occurrences");
        await host.Api.DeleteAsync("/api/workflows/every-second");

        var scheduled = new List<DateTimeOffset>();
        foreach (var item in instances)
        {
            var instance = await host.GetInstanceAsync(item!["id"]!.GetValue<string>());
            scheduled.Add(DateTimeOffset.Parse(instance["output"]!["scheduledAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        }

        scheduled.Sort();
        Assert.Equal(scheduled.Count, scheduled.Distinct().Count());
        Assert.All(scheduled.Zip(scheduled.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Second - pair.First));
    }

    [Fact]
    public async Task A_bad_expression_or_time_zone_is_a_validation_error_with_its_path()
    {
        var response = await host.Api.PutAsJsonAsync("/api/workflows/bad-cron", Definition("bad-cron",
            [
                Activity("a", "Cron", new JsonObject { ["expression"] = "61 * * * *" }),
                Activity("b", "Cron", new JsonObject { ["expression"] = "0 9 * * 1-5", ["timeZone"] = "Mars/Olympus" }),
            ],
            []));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>());
        Assert.Equal(["activities[0].inputs.expression", "activities[1].inputs.timeZone"], paths);
    }
}
