using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Ads;

/// <summary>The ads tests' connections and workflows: each runs one ads activity and keeps its outputs, or on Failed its error.</summary>
internal static class AdsFlows
{
    /// <summary>A secret holding <paramref name="token"/> and an ads connection pointing at the fake.</summary>
    public static async Task ConnectAsync(HttpClient api, FakeMetaAds meta, string name, string token = FakeMetaAds.Token)
    {
        var secret = $"{name}-token";
        var stored = await api.PostAsJsonAsync("/api/secrets", new { name = secret, value = token });
        Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync());
        var put = await api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "ads", ["baseUrl"] = meta.BaseUrl, ["accountId"] = FakeMetaAds.AccountId, ["secret"] = secret,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Runs <paramref name="type"/> with the inputs; outputs <c>result</c> (its outputs) on Done and, for an activity
    /// with a Failed port, <c>error</c> on Failed.
    /// </summary>
    public static JsonObject Step(string id, string type, JsonObject inputs, bool hasFailed = true)
    {
        var activities = new JsonArray
        {
            Activity("step", type, inputs),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "result", ["value"] = Js("outputs.step") }),
        };
        var connections = new JsonArray { Connect("step", "keep") };
        if (hasFailed)
        {
            activities.Add(Activity("failed", "SetOutput", new JsonObject { ["name"] = "error", ["value"] = Js("outputs.step.error") }));
            connections.Add(Connect("step", "failed", "Failed"));
        }

        return Definition(id, activities, connections);
    }

    /// <summary>Runs the published workflow to its end and returns its output.</summary>
    public static async Task<JsonObject> OutputAsync(TestHost host, string workflowId, JsonObject? input = null)
    {
        var run = await host.RunAsync(workflowId, input, wait: 20);
        var instanceId = run["instanceId"]!.GetValue<string>();
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        return finished["output"]!.AsObject();
    }

    public static JsonNode Campaign(JsonNode list, string campaignId) =>
        list.AsArray().Single(c => c!["campaignId"]!.GetValue<string>() == campaignId)!;
}
