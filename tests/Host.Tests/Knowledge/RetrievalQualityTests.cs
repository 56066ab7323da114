using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>
/// Retrieval quality of the knowledge base with the built-in local embedder, through the HTTP API: a fixed corpus of
/// short documents of a Brazilian/US payments and commerce company, and queries written the way its customers ask,
/// each naming the one document that answers it. The figure is recall@6: the relevant document among the first six hits.
/// </summary>
public sealed class RetrievalQualityTests(ITestOutputHelper output) : IDisposable
{
    private const string Space = "retrieval-quality";
    private const int K = 6;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // About 500 requests in a few seconds: more than the default per-key bucket lets through.
    private readonly TestHost host = new(new Dictionary<string, string?>
    {
        ["RateLimits:PerKey:PermitsPerSecond"] = "100000",
        ["RateLimits:PerKey:Burst"] = "100000",
    });

    [Fact]
    public async Task Hybrid_search_reaches_recall_at_6_of_0_8_and_beats_vector_and_keyword_alone()
    {
        var corpus = LoadCorpus();
        Assert.True(corpus.Documents.Count >= 200, $"the corpus has {corpus.Documents.Count} documents");
        Assert.True(corpus.Queries.Count >= 50, $"the corpus has {corpus.Queries.Count} queries");
        var sources = corpus.Documents.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(corpus.Documents.Count, sources.Count);
        Assert.All(corpus.Queries, q => Assert.Contains(q.Relevant, sources));

        await IngestAsync(corpus.Documents);

        var recall = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var mode in new[] { "vector", "keyword", "hybrid" })
        {
            recall[mode] = await RecallAsync(corpus.Queries, mode);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall@{K} over {corpus.Queries.Count} queries and {corpus.Documents.Count} documents: hybrid {recall["hybrid"]:F3}, vector {recall["vector"]:F3}, keyword {recall["keyword"]:F3}"));
        Assert.True(recall["hybrid"] >= 0.8, $"hybrid recall@{K} is {recall["hybrid"]:F3}, below 0.8");
        Assert.True(recall["hybrid"] > recall["vector"], $"hybrid {recall["hybrid"]:F3} does not beat vector {recall["vector"]:F3}");
        Assert.True(recall["hybrid"] > recall["keyword"], $"hybrid {recall["hybrid"]:F3} does not beat keyword {recall["keyword"]:F3}");
    }

    private async Task IngestAsync(IReadOnlyList<CorpusDocument> documents)
    {
        var created = await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = Space, name = "Caju help center", embedding = "local" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        foreach (var document in documents)
        {
            var added = await host.Api.PostAsJsonAsync($"/api/rag/spaces/{Space}/documents", new { title = document.Title, text = document.Text, source = document.Source });
            Assert.True(added.IsSuccessStatusCode, $"{document.Source}: {await added.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The share of queries whose relevant document is among the first <see cref="K"/> hits; misses are printed.</summary>
    private async Task<double> RecallAsync(IReadOnlyList<CorpusQuery> queries, string mode)
    {
        var found = 0;
        foreach (var query in queries)
        {
            var hits = (await host.Api.GetFromJsonAsync<JsonArray>($"/api/rag/search?space={Space}&k={K}&mode={mode}&q={Uri.EscapeDataString(query.Query)}"))!;
            var ranked = hits.Select(h => h!["source"]?.GetValue<string>()).ToList();
            if (ranked.Contains(query.Relevant))
            {
                found++;
            }
            else
            {
                output.WriteLine($"{mode} miss: \"{query.Query}\" wants {query.Relevant}, got {string.Join(", ", ranked)}");
            }
        }

        return (double)found / queries.Count;
    }

    private static Corpus LoadCorpus()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Knowledge", "retrieval-corpus.json");
        return JsonSerializer.Deserialize<Corpus>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    public void Dispose() => host.Dispose();

    private sealed record Corpus(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<CorpusQuery> Queries);

    private sealed record CorpusDocument(string Source, string Title, string Text);

    /// <summary>A question as a customer would ask it, and the source of the one document that answers it.</summary>
    private sealed record CorpusQuery(string Query, string Relevant);
}
