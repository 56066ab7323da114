using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>Spaces embedded by the tenant's embedding connection (the loopback OpenAI-compatible server), not the local embedder.</summary>
public sealed class EmbeddingConnectionTests
{
    [Fact]
    public async Task A_space_on_the_default_connection_embeds_documents_and_queries_there_and_records_the_calls()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = new TestHost();
        await ConnectAsync(host, "default", model);

        var created = await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "semantic" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("default", (await created.Content.ReadFromJsonAsync<JsonObject>())!["embedding"]!.GetValue<string>());
        await host.Api.PostAsJsonAsync("/api/rag/spaces/semantic/documents", new { title = "Boleto", text = "Boleto payments clear in three business days.", source = "kb/boleto" });
        await host.Api.PostAsJsonAsync("/api/rag/spaces/semantic/documents", new { title = "Courier", text = "The courier picks parcels up every afternoon.", source = "kb/courier" });

        var hits = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/search?space=semantic&q=boleto%20payments%20clear&k=1&mode=vector"))!;

        Assert.Equal("kb/boleto", hits[0]!["source"]!.GetValue<string>());
        var requests = model.EmbeddingRequests.ToList();
        Assert.Equal(3, requests.Count); // two documents, then the query
        Assert.All(requests, r => Assert.Equal("embed-small", r["model"]!.GetValue<string>()));
        Assert.Equal("boleto payments clear", requests[^1]["input"] is JsonArray input ? input[0]!.GetValue<string>() : requests[^1]["input"]!.GetValue<string>());
        var usage = (await host.Api.GetFromJsonAsync<JsonObject>("/api/usage"))!;
        Assert.True(usage["llmTokens"]!.GetValue<long>() > 0, usage.ToJsonString()); // embedding calls are counted like chat calls
        Assert.True(usage["llmCostUsd"]!.GetValue<decimal>() > 0, usage.ToJsonString());
    }

    [Fact]
    public async Task Local_is_the_default_without_an_embedding_model_and_an_unknown_connection_is_refused()
    {
        using var host = new TestHost();
        var local = await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "offline" });
        Assert.Equal("local", (await local.Content.ReadFromJsonAsync<JsonObject>())!["embedding"]!.GetValue<string>());

        var unknown = await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "broken", embedding = "nowhere" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Connection 'nowhere' is not configured", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_whose_embedding_service_fails_ends_failed_with_the_reason_and_stores_nothing()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = new TestHost();
        await ConnectAsync(host, "default", model);
        await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "flaky" });
        model.FailNext(10, 500);

        using var form = new MultipartFormDataContent { { new ByteArrayContent("Refunds take five days."u8.ToArray()), "file", "refunds.txt" } };
        var uploadId = (await (await host.Api.PostAsync("/api/rag/spaces/flaky/uploads", form)).Content.ReadFromJsonAsync<JsonObject>())!["uploadId"]!.GetValue<string>();
        var upload = await Polling.UntilAsync(async () => await host.Api.GetFromJsonAsync<JsonObject>($"/api/rag/uploads/{uploadId}"),
            u => u!["status"]!.GetValue<string>() is "Done" or "Failed", 30, "the upload to finish");

        Assert.Equal("Failed", upload!["status"]!.GetValue<string>());
        Assert.Contains("Ingestion failed", upload["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/spaces/flaky/documents"))!);
    }

    private static async Task ConnectAsync(TestHost host, string name, FakeOpenAi server)
    {
        var put = await host.Api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "openai",
            ["baseUrl"] = server.BaseUrl,
            ["model"] = "chat-model",
            ["embeddingModel"] = "embed-small",
            ["inputPricePer1k"] = 0.02,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }
}
