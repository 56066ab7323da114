namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>One search result: the chunk's text and where it came from, so answers can cite their sources.</summary>
public sealed record KnowledgeHit(string DocId, string Chunk, double Score, string? Source);

/// <summary>Searches a tenant's knowledge space; the host implements it over its store.</summary>
public interface IKnowledgeSearch
{
    /// <param name="mode"><c>vector</c>, <c>keyword</c> or <c>hybrid</c> (reciprocal rank fusion of both).</param>
    /// <returns>Null when the space does not exist.</returns>
    Task<IReadOnlyList<KnowledgeHit>?> SearchAsync(string tenantId, string space, string query, int k, double minScore, string mode, CancellationToken cancellationToken);
}
