using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

[Collection(ProcessCollection.Name)]
public sealed class RestartTests
{
    [Fact]
    public async Task A_delay_survives_the_host_being_killed_and_finishes_after_restart()
    {
        var dataDir = Directory.CreateTempSubdirectory("wfp-restart-").FullName;
        string instanceId;
        using (var first = await HostProcess.StartAsync(dataDir))
        {
            using var api = Client(first, dataDir);
            await Publish(api, Definition("survives-restart",
                [
                    Activity("wait", "Delay", new JsonObject { ["duration"] = "PT3S" }),
                    Activity("done", "SetOutput", new JsonObject { ["name"] = "woke", ["value"] = true }),
                ],
                [Connect("wait", "done")]));

            var run = await api.PostAsJsonAsync("/api/workflows/survives-restart/run", new { input = new { } });
            instanceId = (await run.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
            Assert.Equal("Suspended", (await api.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!["status"]!.GetValue<string>());
            first.Kill();
        }

        using var second = await HostProcess.StartAsync(dataDir);
        using var client = Client(second, dataDir);
        var instance = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Finished", 30, "the delayed instance to finish after the restart");
        Assert.True(instance["output"]!["woke"]!.GetValue<bool>());
    }

    private static HttpClient Client(HostProcess host, string dataDir)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", File.ReadAllText(Path.Combine(dataDir, "admin-key.txt")).Trim());
        return client;
    }

    private static async Task Publish(HttpClient api, JsonObject definition)
    {
        var id = definition["id"]!.GetValue<string>();
        var saved = await api.PutAsJsonAsync($"/api/workflows/{id}", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await api.PostAsync($"/api/workflows/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }
}
