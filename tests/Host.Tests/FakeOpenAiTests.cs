using System.ClientModel;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenAI;

namespace WorkflowPlatform.Host.Tests;

/// <summary>The fake OpenAI server's embeddings speak the wire format the real client reads (base64 as it asks, floats otherwise).</summary>
public sealed class FakeOpenAiTests
{
    [Fact]
    public async Task Embeddings_are_deterministic_normalised_vectors_the_OpenAI_client_reads()
    {
        await using var server = await FakeOpenAi.StartAsync();
        var client = new OpenAIClient(new ApiKeyCredential("sk-test"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseUrl) });
        using var generator = client.GetEmbeddingClient("embed-model").AsIEmbeddingGenerator();

        var embeddings = await generator.GenerateAsync(["The premium plan", "the PREMIUM plan!", "refunds by e-mail"], new EmbeddingGenerationOptions { Dimensions = 32 });

        Assert.All(embeddings, e => Assert.Equal(32, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0, Math.Sqrt(e.Vector.ToArray().Sum(v => v * v)), 4));
        Assert.Equal(embeddings[0].Vector.ToArray(), embeddings[1].Vector.ToArray()); // the same words, whatever the case and punctuation
        Assert.NotEqual(embeddings[0].Vector.ToArray(), embeddings[2].Vector.ToArray());
        Assert.Equal(10, embeddings.Usage?.InputTokenCount); // one token a word: 3 + 3 + 4 ("e" and "mail")
        var sent = Assert.Single(server.EmbeddingRequests);
        Assert.Equal((32, "embed-model", "base64"), (sent["dimensions"]!.GetValue<int>(), sent["model"]!.GetValue<string>(), sent["encoding_format"]!.GetValue<string>()));

        using var http = new HttpClient();
        var plain = (await (await http.PostAsJsonAsync($"{server.BaseUrl}/embeddings", new { model = "embed-model", input = "The premium plan" })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("list", "embedding", 64), (plain["object"]!.GetValue<string>(), plain["data"]![0]!["object"]!.GetValue<string>(), plain["data"]![0]!["embedding"]!.AsArray().Count));
    }
}
