using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class VersionTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public VersionTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject Greeting(string text) => Definition("greeting",
        [
            Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "go" }),
            Activity("say", "SetOutput", new JsonObject { ["name"] = "said", ["value"] = text }),
        ],
        [Connect("wait", "say")]);

    [Fact]
    public async Task Instances_stay_on_their_version_and_restoring_makes_a_new_equal_version()
    {
        Assert.Equal(1, await host.PublishAsync(Greeting("v1")));
        var old = (await host.RunAsync("greeting", correlationId: "old"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(old, "Suspended");

        Assert.Equal(2, await host.PublishAsync(Greeting("v2")));
        var fresh = (await host.RunAsync("greeting", correlationId: "new"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(fresh, "Suspended");

        await host.Api.PostAsJsonAsync("/api/events/go", new { correlationId = "old" });
        await host.Api.PostAsJsonAsync("/api/events/go", new { correlationId = "new" });
        var oldDone = await host.WaitForStatusAsync(old, "Finished");
        var freshDone = await host.WaitForStatusAsync(fresh, "Finished");
        Assert.Equal(("v1", 1), (oldDone["output"]!["said"]!.GetValue<string>(), oldDone["version"]!.GetValue<int>()));
        Assert.Equal(("v2", 2), (freshDone["output"]!["said"]!.GetValue<string>(), freshDone["version"]!.GetValue<int>()));

        var restored = await host.Api.PostAsync("/api/workflows/greeting/versions/1/restore", null);
        Assert.True(restored.IsSuccessStatusCode, await restored.Content.ReadAsStringAsync());
        var v3 = (await restored.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(3, v3["version"]!.GetValue<int>());

        var v1 = (await host.Api.GetFromJsonAsync<JsonObject>("/api/workflows/greeting?version=1"))!;
        Assert.True(JsonNode.DeepEquals(v1["activities"], v3["activities"]));
        Assert.True(JsonNode.DeepEquals(v1["connections"], v3["connections"]));

        var versions = (await host.Api.GetFromJsonAsync<JsonArray>("/api/workflows/greeting/versions"))!;
        Assert.Equal([1, 2, 3], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal([false, true, false], versions.Select(v => v!["published"]!.GetValue<bool>()));

        var list = (await host.Api.GetFromJsonAsync<JsonArray>("/api/workflows"))!;
        var summary = list.Single(w => w!["id"]!.GetValue<string>() == "greeting")!;
        Assert.Equal((3, 2), (summary["latestVersion"]!.GetValue<int>(), summary["publishedVersion"]!.GetValue<int>()));
    }
}
