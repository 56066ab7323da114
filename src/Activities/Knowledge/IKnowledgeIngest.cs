using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>
/// A document to add to a space: its text, a URL the host fetches, or a file's bytes (PDF, HTML, Markdown, text).
/// <paramref name="DocumentId"/> names the document to replace; without it, a document of the same source is replaced.
/// </summary>
public sealed record IngestRequest(
    string? Title,
    string? Text = null,
    Uri? Url = null,
    string? FileName = null,
    byte[]? Content = null,
    string? ContentType = null,
    string? Source = null,
    JsonObject? Meta = null,
    string? DocumentId = null);

/// <summary>The stored document; <paramref name="Duplicate"/> when the space held the same content already (nothing was embedded).</summary>
public sealed record IngestResult(string DocumentId, int Chunks, bool Duplicate);

/// <summary>Why a document could not be ingested (unreadable, empty, wrong type, too big, unreachable URL).</summary>
public sealed class IngestException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Adds documents to a tenant's knowledge space; the host implements it (parse, mask, chunk, embed, store).</summary>
public interface IKnowledgeIngest
{
    /// <param name="progress">Told the phase (<c>Parsing</c>, <c>Embedding</c>) and how far it is, 0..1.</param>
    /// <returns>Null when the space does not exist.</returns>
    /// <exception cref="IngestException">The document cannot be ingested; the space is left as it was.</exception>
    Task<IngestResult?> IngestAsync(string tenantId, string space, IngestRequest request, Func<string, double, Task>? progress, CancellationToken cancellationToken);
}
