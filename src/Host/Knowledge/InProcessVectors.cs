using System.Collections.Concurrent;
using System.Numerics.Tensors;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>
/// Vector search where the store has no vector index (SQLite, PostgreSQL without pgvector): exact cosine over the
/// space's embeddings, kept in memory per space as blocks of unit-length rows, so cosine is a dot product and a
/// search streams the rows once, a large space's blocks in parallel. A write in this process drops the space's copy at once.
/// Every <see cref="CacheFor"/> the copy is checked against the store's chunk count and highest chunk id (ids only
/// grow, so any added or removed chunk changes them): other processes' writes show within that time, and an
/// unchanged space is not read again.
/// </summary>
internal sealed class InProcessVectors(KnowledgeStore store)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(string Tenant, string Space), (Task<SpaceVectors> Vectors, long At)> cache = new();

    /// <remarks>A space of more than one block is searched on the thread pool, so the caller can do other work meanwhile.</remarks>
    public async Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string tenantId, string spaceId, float[] query, int depth)
    {
        var vectors = await VectorsAsync(tenantId, spaceId);
        return vectors.Large ? await Task.Run(() => vectors.Nearest(query, depth)) : vectors.Nearest(query, depth);
    }

    public void Forget(string tenantId, string spaceId) => cache.TryRemove((tenantId, spaceId), out _);

    private Task<SpaceVectors> VectorsAsync(string tenantId, string spaceId)
    {
        var key = (tenantId, spaceId);
        var now = Environment.TickCount64;
        if (cache.TryGetValue(key, out var cached) && !cached.Vectors.IsFaulted)
        {
            if (now - cached.At < CacheFor.TotalMilliseconds)
            {
                return cached.Vectors;
            }

            var checkedAgain = RevalidateAsync(tenantId, spaceId, cached.Vectors);
            cache[key] = (checkedAgain, now);
            return checkedAgain;
        }

        var load = LoadAsync(tenantId, spaceId);
        cache[key] = (load, now);
        return load;
    }

    private async Task<SpaceVectors> RevalidateAsync(string tenantId, string spaceId, Task<SpaceVectors> previous)
    {
        var copy = await previous;
        return await store.EmbeddingsVersionAsync(tenantId, spaceId, CancellationToken.None) == copy.Version
            ? copy
            : await LoadAsync(tenantId, spaceId);
    }

    private async Task<SpaceVectors> LoadAsync(string tenantId, string spaceId)
    {
        // The version is read first: a write in between makes the copy newer than its version, never older.
        var version = await store.EmbeddingsVersionAsync(tenantId, spaceId, CancellationToken.None);
        return SpaceVectors.From(version, await store.EmbeddingsAsync(tenantId, spaceId, CancellationToken.None));
    }

    /// <summary>A space's embeddings grouped by length (one group unless its model changed), each in blocks of unit rows.</summary>
    private sealed class SpaceVectors
    {
        /// <summary>Rows a block holds: one parallel task's share, and small enough that no array nears its size limit.</summary>
        private const int BlockRows = 16_384;

        /// <summary>
        /// A scan is bound by memory bandwidth, which a few cores saturate: half the cores leaves the others to the
        /// keyword query that a hybrid search runs meanwhile, and to other requests.
        /// </summary>
        private static readonly ParallelOptions Scan = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) };

        private readonly Dictionary<int, List<(long[] Ids, float[] Rows)>> blocksByLength = [];

        private SpaceVectors((int Count, long LastId) version) => Version = version;

        public (int Count, long LastId) Version { get; }

        public bool Large => blocksByLength.Values.Any(blocks => blocks.Count > 1);

        public static SpaceVectors From((int Count, long LastId) version, IReadOnlyList<(long Id, float[] Embedding)> embeddings)
        {
            var vectors = new SpaceVectors(version);
            foreach (var group in embeddings.Where(e => e.Embedding.Length > 0).GroupBy(e => e.Embedding.Length))
            {
                var blocks = new List<(long[] Ids, float[] Rows)>();
                foreach (var block in group.Chunk(BlockRows))
                {
                    var ids = new List<long>(block.Length);
                    var rows = new float[block.Length * group.Key];
                    foreach (var (id, embedding) in block)
                    {
                        // A zero vector has no direction: cosine is undefined, so it is never a neighbour.
                        if (Unit(embedding, rows.AsSpan(ids.Count * group.Key, group.Key)))
                        {
                            ids.Add(id);
                        }
                    }

                    blocks.Add(([.. ids], ids.Count == block.Length ? rows : rows[..(ids.Count * group.Key)]));
                }

                vectors.blocksByLength[group.Key] = blocks;
            }

            return vectors;
        }

        public IReadOnlyList<(long Id, double Score)> Nearest(float[] query, int depth)
        {
            var unit = new float[query.Length];
            if (depth <= 0 || !blocksByLength.TryGetValue(query.Length, out var blocks) || !Unit(query, unit))
            {
                return [];
            }

            var candidates = new List<(long Id, float Score)>(blocks.Count * depth);
            if (blocks.Count == 1)
            {
                Best(unit, blocks[0], depth, candidates);
            }
            else
            {
                Parallel.For(0, blocks.Count, Scan, () => new List<(long Id, float Score)>(depth), (b, _, local) => Best(unit, blocks[b], depth, local), local =>
                {
                    lock (candidates)
                    {
                        candidates.AddRange(local);
                    }
                });
            }

            return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Id).Take(depth).Select(c => (c.Id, (double)c.Score)).ToList();
        }

        /// <summary>Adds the block's <paramref name="depth"/> best rows to <paramref name="into"/> (which may hold others' already).</summary>
        private static List<(long Id, float Score)> Best(float[] query, (long[] Ids, float[] Rows) block, int depth, List<(long Id, float Score)> into)
        {
            var best = new PriorityQueue<long, float>(depth + 1); // the lowest score on top, so it is the one dropped
            var floor = float.NegativeInfinity;
            var rows = block.Rows.AsSpan();
            for (var i = 0; i < block.Ids.Length; i++)
            {
                var score = TensorPrimitives.Dot(query, rows.Slice(i * query.Length, query.Length));
                if (best.Count < depth)
                {
                    best.Enqueue(block.Ids[i], score);
                }
                else if (score > floor)
                {
                    best.EnqueueDequeue(block.Ids[i], score);
                }
                else
                {
                    continue;
                }

                if (best.Count == depth)
                {
                    best.TryPeek(out _, out floor);
                }
            }

            while (best.TryDequeue(out var id, out var score))
            {
                into.Add((id, score));
            }

            return into;
        }

        /// <summary>Writes <paramref name="vector"/> scaled to length 1 into <paramref name="unit"/>; false when it has no length.</summary>
        private static bool Unit(ReadOnlySpan<float> vector, Span<float> unit)
        {
            var norm = TensorPrimitives.Norm(vector);
            if (!(norm > 0) || !float.IsFinite(norm))
            {
                return false;
            }

            TensorPrimitives.Divide(vector, norm, unit);
            return true;
        }
    }
}
