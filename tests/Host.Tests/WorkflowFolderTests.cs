using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class WorkflowFolderTests
{
    [Fact]
    public async Task Files_are_published_at_start_and_a_changed_file_becomes_a_new_version()
    {
        var folder = Directory.CreateTempSubdirectory("wfp-folder-").FullName;
        var dataDir = Directory.CreateTempSubdirectory("wfp-folder-data-").FullName;
        var settings = new Dictionary<string, string?> { ["Workflows:Path"] = folder, ["DataDir"] = dataDir };
        await File.WriteAllTextAsync(Path.Combine(folder, "hello.json"), Hello("one").ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), "{ not json");

        using (var first = new TestHost(settings))
        {
            Assert.Equal("one", (await first.RunAsync("hello", wait: 5))["output"]!["said"]!.GetValue<string>());
        }

        using (var unchanged = new TestHost(settings))
        {
            var versions = (await unchanged.Api.GetFromJsonAsync<JsonArray>("/api/workflows/hello/versions"))!;
            Assert.Single(versions);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "hello.json"), Hello("two").ToJsonString());
        using var changed = new TestHost(settings);
        Assert.Equal("two", (await changed.RunAsync("hello", wait: 5))["output"]!["said"]!.GetValue<string>());
        Assert.Equal(2, (await changed.Api.GetFromJsonAsync<JsonArray>("/api/workflows/hello/versions"))!.Count);
    }

    private static JsonObject Hello(string text) =>
        Definition("hello", [Activity("say", "SetOutput", new JsonObject { ["name"] = "said", ["value"] = text })], []);
}
