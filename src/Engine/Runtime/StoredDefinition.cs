using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>One saved version of a definition.</summary>
public sealed record StoredDefinition
{
    public required string TenantId { get; init; }
    public required WorkflowDefinition Definition { get; init; }
    public string Id => Definition.Id;
    public int Version => Definition.Version;
    public bool IsPublished { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }

    /// <summary>SHA-256 of the canonical document without its version, to skip saving unchanged files at start-up.</summary>
    public required string ContentHash { get; init; }
}

/// <summary>A row of <c>GET /api/workflows</c>.</summary>
public sealed record DefinitionSummary(
    string Id,
    string? Name,
    IReadOnlyList<string> Tags,
    int LatestVersion,
    int? PublishedVersion,
    DateTimeOffset UpdatedAt);

/// <summary>A row of <c>GET /api/workflows/{id}/versions</c>.</summary>
public sealed record DefinitionVersionInfo(int Version, bool Published, DateTimeOffset CreatedAt, string? CreatedBy);
