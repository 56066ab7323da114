using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests;

internal static class OpenAiConnections
{
    /// <summary>Stores a key secret and an <c>openai</c> connection to the fake server (model <c>{name}-model</c>, $0.5 / $1.5 per 1k tokens).</summary>
    public static async Task ConnectOpenAiAsync(this TestHost host, string name, FakeOpenAi server, params string[] fallbacks)
    {
        await host.Api.PostAsJsonAsync("/api/secrets", new { name = $"{name}-key", value = "sk-test-0123456789" });
        var put = await host.Api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "openai",
            ["baseUrl"] = server.BaseUrl,
            ["model"] = $"{name}-model",
            ["secret"] = $"{name}-key",
            ["inputPricePer1k"] = 0.5,
            ["outputPricePer1k"] = 1.5,
            ["fallbacks"] = new JsonArray(fallbacks.Select(f => (JsonNode?)f).ToArray()),
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }
}
