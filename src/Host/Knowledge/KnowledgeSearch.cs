using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>
/// Searches a space: vector (pgvector's HNSW index, or cosine in process), keyword (the store's full-text search)
/// or hybrid, the reciprocal rank fusion of both. The query is embedded by the space's own embedder.
/// </summary>
internal sealed class KnowledgeSearch(KnowledgeStore store, SpaceEmbedders embedders, InProcessVectors inProcess) : IKnowledgeSearch
{
    /// <summary>The usual RRF constant: it flattens the head of each list so neither ranking dominates.</summary>
    private const int RrfK = 60;

    public async Task<IReadOnlyList<KnowledgeHit>?> SearchAsync(string tenantId, string space, string query, int k, double minScore, string mode, CancellationToken cancellationToken)
    {
        if (await store.GetSpaceAsync(tenantId, space, cancellationToken) is not { } row)
        {
            return null;
        }

        var depth = Math.Max(k * 4, 20);
        // Hybrid: the vector ranking is started first and awaited after the keyword query, so the two overlap.
        var vectorRanking = mode == "keyword" ? Task.FromResult<IReadOnlyList<(long Id, double Score)>>([]) : VectorRankingAsync(row.TenantId, row.Id, row.Embedder, query, depth, cancellationToken);
        var keyword = mode == "vector" ? [] : await store.KeywordSearchAsync(tenantId, space, LocalEmbedder.Words(query).Distinct().ToList(), depth, cancellationToken);
        var vector = await vectorRanking;
        var ranked = (mode switch
        {
            "vector" => vector,
            "keyword" => keyword.Select((id, rank) => (id, 1.0 / (RrfK + rank + 1))).ToList(),
            _ => Fuse(vector.Select(v => v.Id).ToList(), keyword),
        }).Where(r => r.Score >= minScore).Take(k).ToList();

        var chunks = (await store.ChunksAsync(tenantId, ranked.ConvertAll(r => r.Id), cancellationToken)).ToDictionary(c => c.Id);
        return ranked.Where(r => chunks.ContainsKey(r.Id))
            .Select(r => new KnowledgeHit(chunks[r.Id].DocumentId, chunks[r.Id].Text, Math.Round(r.Score, 6), chunks[r.Id].Source))
            .ToList();
    }

    private async Task<IReadOnlyList<(long Id, double Score)>> VectorRankingAsync(string tenantId, string spaceId, string embedder, string query, int depth, CancellationToken cancellationToken)
    {
        var (vectors, _) = await embedders.EmbedAsync(tenantId, embedder, [query], cancellationToken);
        return await store.NativeVectorSearchAsync(tenantId, spaceId, vectors[0], depth, cancellationToken)
            ?? await inProcess.NearestAsync(tenantId, spaceId, vectors[0], depth);
    }

    /// <summary>Reciprocal rank fusion: each list gives 1 / (60 + rank); chunks high in both come first.</summary>
    private static List<(long Id, double Score)> Fuse(IReadOnlyList<long> vector, IReadOnlyList<long> keyword)
    {
        var scores = new Dictionary<long, double>();
        foreach (var list in new[] { vector, keyword })
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                scores[list[rank]] = scores.GetValueOrDefault(list[rank]) + 1.0 / (RrfK + rank + 1);
            }
        }

        return scores.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).ToList();
    }
}
