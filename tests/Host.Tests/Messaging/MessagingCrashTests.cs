using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>
/// A host process killed after a message was sent and the team notified, before the instance was committed: the
/// restarted host runs the same executions again.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MessagingCrashTests
{
    [Fact]
    public async Task Crash_AfterSendingBeforeTheCommit_TheReRunStoresTheMessageOnceAndDoesNotNotifyAgain()
    {
        await using var capture = await CaptureServer.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("wfp-messaging-crash-").FullName;
        var settings = new Dictionary<string, string> { ["Runtime:LeaseDuration"] = "00:00:02" };
        string instanceId;
        using (var first = await HostProcess.StartAsync(dataDir, settings))
        {
            using var api = Client(first, dataDir);
            var lead = await api.PostAsJsonAsync("/api/leads", new { name = "Eva", phone = "+55 31 95555-0001" });
            var leadId = (await lead.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            Assert.True((await api.PostAsJsonAsync("/api/secrets", new { name = "gateway-token", value = "crash-token" })).IsSuccessStatusCode);
            Assert.True((await api.PutAsJsonAsync("/api/connections/gateway", new { kind = "http", baseUrl = capture.InboxUrl, secret = "gateway-token" })).IsSuccessStatusCode);

            // onSuspend: nothing is committed between the wait and the end, so the whole burst after the wait runs again.
            await Publish(api, Definition("crash-messaging",
                [
                    Activity("wait", "Delay", new JsonObject { ["duration"] = "PT0.2S" }),
                    Activity("say", "SendMessage", new JsonObject { ["leadId"] = leadId, ["channel"] = "chat", ["body"] = "Seu pedido foi aprovado.", ["connection"] = "gateway" }),
                    Activity("note", "AppendMessage", new JsonObject { ["threadId"] = Js("outputs.say.threadId"), ["direction"] = "inbound", ["body"] = "Obrigada!" }),
                    Activity("notify", "NotifyTeam", new JsonObject { ["channel"] = "http", ["url"] = capture.InboxUrl, ["subject"] = "Order approved", ["text"] = "Eva was told." }),
                    Activity("hold", "SendHttpRequest", new JsonObject { ["url"] = capture.HoldUrl, ["method"] = "POST" }),
                    Activity("keep", "SetOutput", new JsonObject { ["name"] = "result", ["value"] = Js("({ say: outputs.say, note: outputs.note, notify: outputs.notify })") }),
                ],
                [Connect("wait", "say"), Connect("say", "note"), Connect("note", "notify"), Connect("notify", "hold"), Connect("hold", "keep")],
                new JsonObject { ["persistence"] = "onSuspend" }));

            var run = await api.PostAsJsonAsync("/api/workflows/crash-messaging/run", new { input = new { } });
            Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
            instanceId = (await run.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
            await capture.Held.WaitAsync(TimeSpan.FromSeconds(30));
            first.Kill();
        }

        Assert.Single(capture.Posts, p => p.Body.ContainsKey("messageId"));
        Assert.Single(capture.Posts, p => p.Body.ContainsKey("subject"));

        using var second = await HostProcess.StartAsync(dataDir, settings);
        using var client = Client(second, dataDir);
        var finished = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Finished", 60, "the re-run to finish after the restart");

        var result = finished["output"]!["result"]!;
        Assert.False(result["notify"]!["sent"]!.GetValue<bool>()); // the same execution ran again and found what it had sent
        Assert.Equal(("http", capture.InboxUrl), (result["notify"]!["channel"]!.GetValue<string>(), result["notify"]!["target"]!.GetValue<string>()));
        Assert.Single(capture.Posts, p => p.Body.ContainsKey("subject"));

        // The message is stored once; its delivery was asked again under the same key, for the gateway to drop.
        var deliveries = capture.Posts.Where(p => p.Body.ContainsKey("messageId")).ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.Single(deliveries.Select(d => d.IdempotencyKey).Distinct());
        Assert.All(deliveries, d => Assert.Equal(result["say"]!["messageId"]!.GetValue<long>(), d.Body["messageId"]!.GetValue<long>()));
        var messages = (await client.GetFromJsonAsync<JsonObject>($"/api/threads/{result["say"]!["threadId"]!.GetValue<string>()}/messages"))!["items"]!.AsArray();
        Assert.Equal(["Seu pedido foi aprovado.", "Obrigada!"], messages.Select(m => m!["body"]!.GetValue<string>()));
        Assert.Equal(result["note"]!["messageId"]!.GetValue<long>(), messages[1]!["id"]!.GetValue<long>());
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
