using System.Collections.Concurrent;
using System.Numerics.Tensors;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>
/// Vector search where the store has no vector index (SQLite, PostgreSQL without pgvector): cosine with
/// TensorPrimitives over the space's embeddings, kept in memory per space. A write in this process drops the
/// space's copy at once; other processes' writes show after <see cref="CacheFor"/>.
/// </summary>
internal sealed class InProcessVectors(KnowledgeStore store)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(string Tenant, string Space), (Task<IReadOnlyList<(long Id, float[] Embedding)>> Rows, long At)> cache = new();

    public async Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string tenantId, string spaceId, float[] query, int depth)
    {
        var rows = await RowsAsync(tenantId, spaceId);
        var best = new PriorityQueue<long, double>(depth + 1); // the lowest score on top, so it is the one dropped
        foreach (var (id, embedding) in rows)
        {
            if (embedding.Length != query.Length)
            {
                continue;
            }

            best.Enqueue(id, TensorPrimitives.CosineSimilarity(query, embedding));
            if (best.Count > depth)
            {
                best.Dequeue();
            }
        }

        var ranked = new List<(long Id, double Score)>(best.Count);
        while (best.TryDequeue(out var id, out var score))
        {
            ranked.Add((id, score));
        }

        ranked.Reverse();
        return ranked;
    }

    public void Forget(string tenantId, string spaceId) => cache.TryRemove((tenantId, spaceId), out _);

    private Task<IReadOnlyList<(long Id, float[] Embedding)>> RowsAsync(string tenantId, string spaceId)
    {
        var now = Environment.TickCount64;
        if (cache.TryGetValue((tenantId, spaceId), out var cached) && now - cached.At < CacheFor.TotalMilliseconds && !cached.Rows.IsFaulted)
        {
            return cached.Rows;
        }

        var load = store.EmbeddingsAsync(tenantId, spaceId, CancellationToken.None);
        cache[(tenantId, spaceId)] = (load, now);
        return load;
    }
}
