using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>A chunk as search results show it.</summary>
public sealed record KnowledgeChunk(long Id, string DocumentId, int Ordinal, string Text, string? Source);

/// <summary>
/// Knowledge spaces, documents and their chunks. Keyword search is FTS5 (bm25) on SQLite and full text (ts_rank,
/// GIN index) on PostgreSQL. Vector search is pgvector's HNSW index where the server has pgvector; elsewhere the
/// caller compares the stored float32 embeddings in process (<see cref="NativeVectorSearchAsync"/> says which).
/// </summary>
public sealed class KnowledgeStore(StoreDb db, TimeProvider time)
{
    /// <summary>
    /// The text PostgreSQL's full-text index holds: lower-case with Latin accents folded, like the query words
    /// (LocalEmbedder.Words), so "ação" finds "acao" and back. The Knowledge migration indexes this same expression.
    /// </summary>
    internal const string PostgresSearchText = "translate(lower(text), 'áàâãäåçéèêëíìîïñóòôõöúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')";

    private readonly PgVectorIndex pgvector = new();

    public async Task<bool> CreateSpaceAsync(RagSpaceRow space, CancellationToken cancellationToken)
    {
        try
        {
            await db.WriteAsync(space.TenantId, async context =>
            {
                space.CreatedAt = time.GetUtcNow();
                context.RagSpaces.Add(space);
                await context.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task<RagSpaceRow?> GetSpaceAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagSpaces.AsNoTracking().FirstOrDefaultAsync(s => s.TenantId == tenantId && s.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<RagSpaceRow>> ListSpacesAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagSpaces.AsNoTracking().Where(s => s.TenantId == tenantId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RagDocumentRow>> ListDocumentsAsync(string tenantId, string spaceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagDocuments.AsNoTracking().Where(d => d.TenantId == tenantId && d.SpaceId == spaceId).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The document already holding exactly this content in the space, if any (identical content is not embedded twice).</summary>
    public async Task<string?> FindByContentAsync(string tenantId, string spaceId, string contentHash, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagDocuments.Where(d => d.TenantId == tenantId && d.SpaceId == spaceId && d.ContentHash == contentHash).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest document of the space from this source (re-ingesting a source replaces it).</summary>
    public async Task<string?> FindBySourceAsync(string tenantId, string spaceId, string source, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagDocuments.Where(d => d.TenantId == tenantId && d.SpaceId == spaceId && d.Source == source)
            .OrderByDescending(d => d.CreatedAt).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Adds a document with its chunks, replacing the document with the same id (re-ingestion) in one transaction.</summary>
    public Task SaveDocumentAsync(RagDocumentRow document, IReadOnlyList<RagChunkRow> chunks, CancellationToken cancellationToken) =>
        db.WriteAsync(document.TenantId, async context =>
        {
            await context.RagChunks.Where(c => c.TenantId == document.TenantId && c.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
            await context.RagDocuments.Where(d => d.TenantId == document.TenantId && d.Id == document.Id).ExecuteDeleteAsync(cancellationToken);
            document.CreatedAt = time.GetUtcNow();
            context.RagDocuments.Add(document);
            context.RagChunks.AddRange(chunks);
            await context.SaveChangesAsync(cancellationToken);
            if (db.Provider == StoreProvider.Postgres && chunks.Count > 0 && (await pgvector.ProbeAsync(context, cancellationToken)).Available)
            {
                await PgVectorIndex.WriteAsync(context, chunks.Select(c => c.Id).ToList(), chunks.Select(c => VectorBytes.ToFloats(c.Embedding)).ToList(), cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Every embedding of a space, for search in process where the store has no vector index.</summary>
    public async Task<IReadOnlyList<(long Id, float[] Embedding)>> EmbeddingsAsync(string tenantId, string spaceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.RagChunks.AsNoTracking().Where(c => c.TenantId == tenantId && c.SpaceId == spaceId)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Embedding }).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => (r.Id, VectorBytes.ToFloats(r.Embedding)));
    }

    /// <summary>
    /// The space's chunk count and highest chunk id: ids only grow, so adding or removing chunks changes one of them.
    /// Tells whether an in-process copy of <see cref="EmbeddingsAsync"/> is still current without reading it again.
    /// </summary>
    public async Task<(int Count, long LastId)> EmbeddingsVersionAsync(string tenantId, string spaceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var chunks = context.RagChunks.Where(c => c.TenantId == tenantId && c.SpaceId == spaceId);
        return (await chunks.CountAsync(cancellationToken), await chunks.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0);
    }

    /// <summary>The nearest chunks by the store's own vector index, best first; null when it has none (compare in process).</summary>
    public async Task<IReadOnlyList<(long Id, double Score)>?> NativeVectorSearchAsync(string tenantId, string spaceId, float[] query, int depth, CancellationToken cancellationToken)
    {
        if (db.Provider != StoreProvider.Postgres)
        {
            return null;
        }

        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return (await pgvector.ProbeAsync(context, cancellationToken)).Available
            ? await pgvector.SearchAsync(context, tenantId, spaceId, query, depth, cancellationToken)
            : null;
    }

    public async Task<IReadOnlyList<KnowledgeChunk>> ChunksAsync(string tenantId, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        // By primary key, then the tenant checked on those rows: given both, SQLite (it has no statistics) walks the
        // tenant's whole (tenant, space) index instead, milliseconds per search on a large space.
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.RagChunks.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.TenantId, Chunk = new KnowledgeChunk(c.Id, c.DocumentId, c.Ordinal, c.Text, c.Source) }).ToListAsync(cancellationToken);
        return rows.Where(r => r.TenantId == tenantId).Select(r => r.Chunk).ToList();
    }

    /// <summary>Chunk ids best matching any of the words, best first.</summary>
    public async Task<IReadOnlyList<long>> KeywordSearchAsync(string tenantId, string spaceId, IReadOnlyList<string> words, int k, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return [];
        }

        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var query = db.Provider == StoreProvider.Sqlite
            ? context.Database.SqlQueryRaw<long>(
                // Through the (tenant, space) index, which holds the id: the rows themselves (text and embedding, a page
                // each) are not read for every match.
                "SELECT c.id AS \"Value\" FROM rag_chunks_fts f JOIN rag_chunks c INDEXED BY \"IX_rag_chunks_tenant_id_space_id\" ON c.id = f.rowid " +
                "WHERE rag_chunks_fts MATCH {0} AND c.tenant_id = {1} AND c.space_id = {2} ORDER BY bm25(rag_chunks_fts) LIMIT {3}",
                string.Join(" OR ", words.Select(w => $"\"{w.Replace("\"", "", StringComparison.Ordinal)}\"")), tenantId, spaceId, k)
            : context.Database.SqlQueryRaw<long>(
                "SELECT id AS \"Value\" FROM public.rag_chunks WHERE tenant_id = {1} AND space_id = {2} AND to_tsvector('simple', " + PostgresSearchText + ") @@ to_tsquery('simple', {0}) " +
                "ORDER BY ts_rank(to_tsvector('simple', " + PostgresSearchText + "), to_tsquery('simple', {0})) DESC LIMIT {3}",
                string.Join(" | ", words.Select(w => $"'{w.Replace("'", "", StringComparison.Ordinal)}'")), tenantId, spaceId, k);
        return await query.ToListAsync(cancellationToken);
    }
}
