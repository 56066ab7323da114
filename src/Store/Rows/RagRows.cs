namespace WorkflowPlatform.Store.Rows;

/// <summary>A knowledge space: documents searched together, with their chunking settings.</summary>
public sealed class RagSpaceRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int ChunkTokens { get; set; }
    public int ChunkOverlap { get; set; }

    /// <summary><c>local</c> (the built-in lexical embedder) or the name of the tenant's <c>openai</c> connection that embeds.</summary>
    public required string Embedder { get; set; }

    /// <summary>Whether ingestion masks e-mails, phone numbers, CPF and CNPJ before storing.</summary>
    public bool MaskPii { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A document of a space; its text lives in its chunks.</summary>
public sealed class RagDocumentRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string SpaceId { get; set; }
    public required string Title { get; set; }
    public string? Source { get; set; }
    public required string ContentHash { get; set; }
    public string? Meta { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A chunk of a document with its embedding (float32 little-endian bytes).</summary>
public sealed class RagChunkRow
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public required string SpaceId { get; set; }
    public required string DocumentId { get; set; }
    public int Ordinal { get; set; }
    public required string Text { get; set; }
    public string? Source { get; set; }
    public required byte[] Embedding { get; set; }
    public required string EmbeddingModel { get; set; }
}

/// <summary>
/// An uploaded file on its way into a space: the bytes wait here until the background ingestion takes them
/// (any process may), and the status and progress are what <c>GET /api/rag/uploads/{id}</c> shows.
/// </summary>
public sealed class RagUploadRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string SpaceId { get; set; }
    public required string FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    public required string Status { get; set; }
    public double Progress { get; set; }
    public int Chunks { get; set; }
    public string? DocumentId { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
