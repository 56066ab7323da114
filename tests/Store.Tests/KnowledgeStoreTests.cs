using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

public sealed class KnowledgeStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Keyword_search_ranks_by_full_text_within_the_tenant_and_space(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var knowledge = store.Get<KnowledgeStore>();
        await AddAsync(knowledge, "acme", "kb", "d1", "Boleto payments are confirmed in up to three business days.");
        await AddAsync(knowledge, "acme", "kb", "d2", "The warehouse ships orders by courier.");
        await AddAsync(knowledge, "acme", "other", "d3", "Boleto boleto boleto in another space.");
        await AddAsync(knowledge, "globex", "kb", "d4", "Boleto payments for another tenant.");

        var ids = await knowledge.KeywordSearchAsync("acme", "kb", ["boleto", "confirmed"], 10, None);
        var chunks = await knowledge.ChunksAsync("acme", ids.ToList(), None);

        Assert.Equal(["d1"], chunks.Select(c => c.DocumentId));
        Assert.Empty(await knowledge.KeywordSearchAsync("acme", "kb", ["it's", "o'clock"], 10, None)); // quotes do not break the query
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Keyword_search_folds_accents_like_the_query_words(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var knowledge = store.Get<KnowledgeStore>();
        await AddAsync(knowledge, "acme", "kb", "d1", "A emissão da nota fiscal é automática após o pagamento.");
        await AddAsync(knowledge, "acme", "kb", "d2", "Cartões de crédito são aceitos.");

        var ids = await knowledge.KeywordSearchAsync("acme", "kb", ["emissao", "automatica"], 10, None);

        Assert.Equal(["d1"], (await knowledge.ChunksAsync("acme", ids.ToList(), None)).Select(c => c.DocumentId));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Without_a_vector_index_the_store_says_so_and_gives_the_embeddings(string provider)
    {
        // PostgreSQL 15 here has no pgvector: the migration skipped the vector column, and search compares in process.
        await using var store = await TestStore.CreateAsync(provider);
        var knowledge = store.Get<KnowledgeStore>();
        await AddAsync(knowledge, "acme", "kb", "d1", "text", [1, 0, 0]);

        Assert.Null(await knowledge.NativeVectorSearchAsync("acme", "kb", [1, 0, 0], 5, None));
        var (_, embedding) = Assert.Single(await knowledge.EmbeddingsAsync("acme", "kb", None));
        Assert.Equal([1f, 0f, 0f], embedding);
    }

    private static async Task AddAsync(KnowledgeStore knowledge, string tenant, string space, string id, string text, float[]? embedding = null)
    {
        if (await knowledge.GetSpaceAsync(tenant, space, None) is null)
        {
            await knowledge.CreateSpaceAsync(new RagSpaceRow { TenantId = tenant, Id = space, Name = space, ChunkTokens = 800, ChunkOverlap = 100, Embedder = "local" }, None);
        }

        await knowledge.SaveDocumentAsync(
            new RagDocumentRow { TenantId = tenant, Id = id, SpaceId = space, Title = id, ContentHash = id },
            [new RagChunkRow { TenantId = tenant, SpaceId = space, DocumentId = id, Text = text, Embedding = VectorBytes.FromFloats(embedding ?? [0, 1, 0]), EmbeddingModel = "test" }],
            None);
    }
}
