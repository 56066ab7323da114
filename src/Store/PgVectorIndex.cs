using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>
/// pgvector on PostgreSQL, when the server has it: the Knowledge migration then adds <c>rag_chunks.embedding_vec</c>
/// with HNSW cosine indexes for 384 and 1536 dimensions (partial on the dimension, so one column serves several
/// embedding models). Without pgvector the store falls back to cosine in process, like SQLite. All SQL is
/// schema-qualified because PGlite resets search_path once the vector library is loaded.
/// </summary>
internal sealed class PgVectorIndex
{
    /// <summary>Candidates the HNSW scan keeps; it also caps the rows one scan returns.</summary>
    private const int MinEfSearch = 40;

    private (bool Available, bool IterativeScan)? probed;

    /// <summary>Whether the vector column exists (asked once per process), and whether pgvector is 0.8 or later.</summary>
    public async Task<(bool Available, bool IterativeScan)> ProbeAsync(StoreDbContext context, CancellationToken cancellationToken) =>
        probed ??= await ProbeOnceAsync(context, cancellationToken);

    public static Task WriteAsync(StoreDbContext context, IReadOnlyList<long> ids, IReadOnlyList<float[]> vectors, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(
            "UPDATE public.rag_chunks AS c SET embedding_vec = v.vec::public.vector " +
            "FROM unnest({0}::bigint[], {1}::text[]) AS v(id, vec) WHERE c.id = v.id",
            [ids.ToArray(), vectors.Select(Literal).ToArray()], cancellationToken);

    /// <summary>Nearest chunks by cosine similarity, best first.</summary>
    public async Task<IReadOnlyList<(long Id, double Score)>> SearchAsync(
        StoreDbContext context, string tenantId, string spaceId, float[] query, int depth, CancellationToken cancellationToken)
    {
        var (_, iterativeScan) = await ProbeAsync(context, cancellationToken);
        await context.Database.ExecuteSqlRawAsync("SELECT set_config('hnsw.ef_search', {0}, true)",
            [Math.Max(MinEfSearch, depth * 2).ToString(CultureInfo.InvariantCulture)], cancellationToken);
        if (iterativeScan)
        {
            // Filtered by tenant and space, a plain HNSW scan could return fewer than depth rows; 0.8 keeps scanning.
            await context.Database.ExecuteSqlRawAsync("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)", cancellationToken);
        }

        // The dimension is an int, so formatting it into the SQL is safe; the partial indexes match on it.
        var dims = query.Length.ToString(CultureInfo.InvariantCulture);
        var distance = $"embedding_vec::public.vector({dims}) OPERATOR(public.<=>) {{0}}::public.vector({dims})";
        var sql = $"SELECT id AS \"Id\", 1 - ({distance}) AS \"Score\" FROM public.rag_chunks " +
            $"WHERE tenant_id = {{1}} AND space_id = {{2}} AND public.vector_dims(embedding_vec) = {dims} ORDER BY {distance} LIMIT {{3}}";
        var rows = await context.Database.SqlQueryRaw<ScoredId>(sql, Literal(query), tenantId, spaceId, depth).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Score).Select(r => (r.Id, r.Score)).ToList(); // relaxed order: sort here
    }

    private static async Task<(bool, bool)> ProbeOnceAsync(StoreDbContext context, CancellationToken cancellationToken)
    {
        var version = await context.Database.SqlQueryRaw<string>(
            "SELECT e.extversion AS \"Value\" FROM pg_catalog.pg_extension e WHERE e.extname = 'vector' AND EXISTS " +
            "(SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'rag_chunks' AND column_name = 'embedding_vec')")
            .FirstOrDefaultAsync(cancellationToken);
        return (version is not null, version is not null && Version.TryParse(version, out var v) && v >= new Version(0, 8));
    }

    private static string Literal(float[] vector) =>
        "[" + string.Join(',', vector.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]";

    private sealed class ScoredId
    {
        public long Id { get; init; }
        public double Score { get; init; }
    }
}
