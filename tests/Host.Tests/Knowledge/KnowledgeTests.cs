using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Knowledge;

public sealed class KnowledgeTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public KnowledgeTests(HostFixture fixture) => host = fixture.Host;

    private async Task<string> AddAsync(string space, string title, string text, string source)
    {
        var response = await host.Api.PostAsJsonAsync($"/api/rag/spaces/{space}/documents", new { title, text, source });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Documents_are_found_by_vector_keyword_and_hybrid_search_with_their_source()
    {
        Assert.Equal(HttpStatusCode.Created, (await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "sales-kb", name = "Sales" })).StatusCode);
        var pricing = await AddAsync("sales-kb", "Pricing", "The premium plan costs R$ 99 per month and includes unlimited agents.", "kb/pricing.md");
        await AddAsync("sales-kb", "Refunds", "Refunds are possible within seven days of the purchase by e-mail to support.", "kb/refunds.md");
        await AddAsync("sales-kb", "Office", "Our office in Curitiba opens at nine and has a garden.", "kb/office.md");

        foreach (var mode in new[] { "hybrid", "vector", "keyword" })
        {
            var hits = (await host.Api.GetFromJsonAsync<JsonArray>($"/api/rag/search?space=sales-kb&q=how%20much%20is%20the%20premium%20plan&k=2&mode={mode}"))!;
            Assert.Equal(pricing, hits[0]!["docId"]!.GetValue<string>());
            Assert.Equal("kb/pricing.md", hits[0]!["source"]!.GetValue<string>());
            Assert.Contains("R$ 99", hits[0]!["chunk"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // Identical content is not embedded twice: the same document answers.
        var again = await host.Api.PostAsJsonAsync("/api/rag/spaces/sales-kb/documents", new { title = "Pricing copy", text = "The premium plan costs R$ 99 per month and includes unlimited agents." });
        var same = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((pricing, 0), (same["id"]!.GetValue<string>(), same["chunks"]!.GetValue<int>()));
    }

    [Fact]
    public async Task RagSearch_gives_a_flow_the_chunks_and_bad_requests_are_4xx()
    {
        await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "support-kb" });
        await AddAsync("support-kb", "Shipping", "Orders ship from Sao Paulo within two business days.", "kb/shipping.md");
        await host.PublishAsync(Definition("answer-from-kb",
            [
                Activity("find", "RagSearch", new JsonObject { ["space"] = "support-kb", ["query"] = Js("input.question"), ["k"] = 1 }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "source", ["value"] = Js("outputs.find.chunks[0].source") }),
            ],
            [Connect("find", "keep")]));

        var run = await host.RunAsync("answer-from-kb", new JsonObject { ["question"] = "when do orders ship?" }, wait: 5);
        Assert.Equal("kb/shipping.md", run["output"]!["source"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/rag/search?space=nowhere&q=x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.GetAsync("/api/rag/search?space=support-kb")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.GetAsync("/api/rag/search?space=support-kb&q=x&mode=psychic")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.PostAsJsonAsync("/api/rag/spaces/support-kb/documents", new { title = "empty" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.PostAsJsonAsync("/api/rag/spaces/nowhere/documents", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "support-kb" })).StatusCode);
    }
}
