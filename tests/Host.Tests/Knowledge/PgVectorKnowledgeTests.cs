using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Host.Ai;
using WorkflowPlatform.Host.Knowledge;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>
/// Ingestion and search on real pgvector: PGlite (PostgreSQL 17 with pgvector 0.8, which scripts/test.sh starts as
/// WORKFLOW_TEST_PGVECTOR), migrated by the store's own migrations, with the host's own knowledge services.
/// PGlite serves one session, so these tests run one at a time (ProcessCollection) and the host's other parts are left out.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class PgVectorKnowledgeTests : IAsyncLifetime
{
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable("WORKFLOW_TEST_PGVECTOR")
            ?? throw new InvalidOperationException("WORKFLOW_TEST_PGVECTOR is not set: run the tests through scripts/test.sh, which starts PGlite.");
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWorkflowStore(new StoreOptions(StoreProvider.Postgres, connection));
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        collection.AddSingleton<TenantSecrets>();
        collection.AddSingleton<ILlmConnections, TenantLlmConnections>();
        collection.AddSingleton<ILlmCallLog, StoredLlmCallLog>();
        collection.AddKnowledgeBase(new ConfigurationBuilder().Build());
        services = collection.BuildServiceProvider();
        await services.MigrateStoreAsync(CancellationToken.None); // idempotent: the first test migrates
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Pdf_html_and_markdown_are_ingested_with_progress_and_found_through_the_hnsw_index()
    {
        var tenant = "pgv-" + Guid.NewGuid().ToString("N")[..8];
        var store = services.GetRequiredService<KnowledgeStore>();
        Assert.True(await store.CreateSpaceAsync(new RagSpaceRow { TenantId = tenant, Id = "docs", Name = "Docs", ChunkTokens = 200, ChunkOverlap = 20, Embedder = "local" }, default));
        var ingestion = services.GetRequiredService<IKnowledgeIngest>();
        var phases = new List<(string Status, double Progress)>();
        Task Report(string status, double progress)
        {
            phases.Add((status, progress));
            return Task.CompletedTask;
        }

        await ingestion.IngestAsync(tenant, "docs", new IngestRequest(null, FileName: "returns.pdf",
            Content: TestDocuments.Pdf("Returns policy\nA product can be returned within thirty days for a full refund.", "Refunds reach the card in five business days.")), Report, default);
        await ingestion.IngestAsync(tenant, "docs", new IngestRequest(null, FileName: "shipping.html",
            Content: TestDocuments.Html("Shipping", "Orders leave the Curitiba warehouse within two business days by courier.")), Report, default);
        await ingestion.IngestAsync(tenant, "docs", new IngestRequest(null, FileName: "pix.md",
            Content: TestDocuments.Markdown("Paying with PIX", "A PIX payment is confirmed in seconds and the QR code expires after one hour.")), Report, default);

        Assert.Equal(["Parsing", "Embedding", "Embedding"], phases.Take(3).Select(p => p.Status));
        Assert.Equal(0.95, phases.Where(p => p.Status == "Embedding").Max(p => p.Progress), 2);

        // The HNSW index answers here (not the in-process fallback).
        var native = await store.NativeVectorSearchAsync(tenant, "docs", LocalEmbedder.Embed("returned refund"), 6, default);
        Assert.NotNull(native);
        Assert.NotEmpty(native);

        var search = services.GetRequiredService<IKnowledgeSearch>();
        foreach (var mode in new[] { "vector", "keyword", "hybrid" })
        {
            Assert.Equal("returns.pdf", (await search.SearchAsync(tenant, "docs", "can I return a product for a refund", 1, 0, mode, default))![0].Source);
            Assert.Equal("shipping.html", (await search.SearchAsync(tenant, "docs", "warehouse courier business days", 1, 0, mode, default))![0].Source);
            var pix = (await search.SearchAsync(tenant, "docs", "PIX QR code expires", 1, 0, mode, default))![0];
            Assert.Equal("pix.md", pix.Source);
            Assert.Contains("expires after one hour", pix.Chunk, StringComparison.Ordinal);
        }

        // Another tenant's search sees none of it.
        Assert.Null(await search.SearchAsync("someone-else", "docs", "refund", 3, 0, "hybrid", default));
    }

    [Fact]
    public async Task Re_ingesting_a_source_replaces_its_chunks_and_same_content_is_not_embedded_twice()
    {
        var tenant = "pgv-" + Guid.NewGuid().ToString("N")[..8];
        var store = services.GetRequiredService<KnowledgeStore>();
        await store.CreateSpaceAsync(new RagSpaceRow { TenantId = tenant, Id = "faq", Name = "FAQ", ChunkTokens = 200, ChunkOverlap = 20, Embedder = "local" }, default);
        var ingestion = services.GetRequiredService<IKnowledgeIngest>();
        var first = await ingestion.IngestAsync(tenant, "faq", new IngestRequest("Hours", "Support answers from 8 to 18 on weekdays.", Source: "faq/hours"), null, default);
        var second = await ingestion.IngestAsync(tenant, "faq", new IngestRequest("Hours", "Support now answers around the clock, every day.", Source: "faq/hours"), null, default);
        var again = await ingestion.IngestAsync(tenant, "faq", new IngestRequest("Hours copy", "Support now answers around the clock, every day.", Source: "faq/other"), null, default);

        Assert.Equal(first!.DocumentId, second!.DocumentId);
        Assert.Equal((second.DocumentId, true), (again!.DocumentId, again.Duplicate));
        var hits = await services.GetRequiredService<IKnowledgeSearch>().SearchAsync(tenant, "faq", "when does support answer", 6, 0, "vector", default);
        var hit = Assert.Single(hits!);
        Assert.Contains("around the clock", hit.Chunk, StringComparison.Ordinal);
        Assert.Single(await store.ListDocumentsAsync(tenant, "faq", default));
    }
}
