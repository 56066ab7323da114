using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Activities.Knowledge.Parsing;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>
/// Adds a document to a space: fetch (URL) or parse (file), mask personal data when the space asks, chunk by
/// tokens, embed in batches, and store the document with its chunks in one transaction (replacing the document of
/// the same id or source). Content the space holds already is not embedded again.
/// </summary>
internal sealed class KnowledgeIngestion(KnowledgeStore store, SpaceEmbedders embedders, InProcessVectors inProcess, DocumentFetcher fetcher) : IKnowledgeIngest
{
    private const int EmbeddingBatch = 64;

    public async Task<IngestResult?> IngestAsync(string tenantId, string space, IngestRequest request, Func<string, double, Task>? progress, CancellationToken cancellationToken)
    {
        if (await store.GetSpaceAsync(tenantId, space, cancellationToken) is not { } row)
        {
            return null;
        }

        progress ??= (_, _) => Task.CompletedTask;
        await progress("Parsing", 0.05);
        var (title, text, source) = await ReadAsync(request, cancellationToken);
        if (row.MaskPii)
        {
            text = PiiMasker.Mask(text);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (await store.FindByContentAsync(tenantId, space, hash, cancellationToken) is { } existing)
        {
            return new IngestResult(existing, 0, Duplicate: true);
        }

        var id = request.DocumentId
            ?? (source is null ? null : await store.FindBySourceAsync(tenantId, space, source, cancellationToken))
            ?? Guid.CreateVersion7().ToString("N");
        var pieces = TextChunker.Split(text, row.ChunkTokens, row.ChunkOverlap);
        await progress("Embedding", 0.2);
        var chunks = new List<RagChunkRow>(pieces.Count);
        for (var start = 0; start < pieces.Count; start += EmbeddingBatch)
        {
            var batch = pieces.Skip(start).Take(EmbeddingBatch).ToList();
            var (vectors, model) = await embedders.EmbedAsync(tenantId, row.Embedder, batch, cancellationToken);
            chunks.AddRange(batch.Select((piece, i) => new RagChunkRow
            {
                TenantId = tenantId,
                SpaceId = space,
                DocumentId = id,
                Ordinal = start + i,
                Text = piece,
                Source = source,
                Embedding = VectorBytes.FromFloats(vectors[i]),
                EmbeddingModel = model,
            }));
            await progress("Embedding", 0.2 + 0.75 * chunks.Count / pieces.Count);
        }

        var document = new RagDocumentRow { TenantId = tenantId, Id = id, SpaceId = space, Title = title, Source = source, ContentHash = hash, Meta = request.Meta?.ToJsonString() };
        await store.SaveDocumentAsync(document, chunks, cancellationToken);
        inProcess.Forget(tenantId, space);
        return new IngestResult(id, chunks.Count, Duplicate: false);
    }

    private async Task<(string Title, string Text, string? Source)> ReadAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        if (request.Url is { } url)
        {
            var fetched = await fetcher.FetchAsync(url, cancellationToken);
            var parsed = Parse(fetched.Content, url.Segments.LastOrDefault() is { Length: > 1 } last ? last : "page.html", fetched.ContentType);
            return (request.Title ?? parsed.Title, parsed.Text, request.Source ?? url.ToString());
        }

        if (request.Content is { } content)
        {
            var parsed = Parse(content, request.FileName ?? "document.txt", request.ContentType);
            return (request.Title ?? parsed.Title, parsed.Text, request.Source ?? request.FileName);
        }

        return string.IsNullOrWhiteSpace(request.Text)
            ? throw new IngestException("The document is empty: give text, a url or a file.")
            : (request.Title ?? "untitled", request.Text, request.Source);
    }

    private static ParsedDocument Parse(byte[] content, string fileName, string? contentType)
    {
        try
        {
            return DocumentParser.Parse(content, fileName, contentType);
        }
        catch (DocumentParseException exception)
        {
            throw new IngestException(exception.Message, exception);
        }
    }
}
