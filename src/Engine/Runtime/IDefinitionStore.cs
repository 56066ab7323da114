using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Versioned definitions: each save is a new draft version; one version per definition may be published.</summary>
public interface IDefinitionStore
{
    /// <summary>Saves a new version (max existing + 1, also after a delete) and returns it with its version set.</summary>
    Task<StoredDefinition> SaveDraftAsync(string tenantId, WorkflowDefinition definition, string contentHash, string? createdBy, CancellationToken cancellationToken);

    /// <summary>The newest version, or the given one; null when absent or deleted (a specific version stays readable after delete for its running instances when <paramref name="includeDeleted"/>).</summary>
    Task<StoredDefinition?> GetAsync(string tenantId, string id, int? version, CancellationToken cancellationToken, bool includeDeleted = false);

    Task<StoredDefinition?> GetPublishedAsync(string tenantId, string id, CancellationToken cancellationToken);

    /// <summary>Marks the version published (and no other); null when the definition or version does not exist.</summary>
    Task<StoredDefinition?> PublishAsync(string tenantId, string id, int version, CancellationToken cancellationToken);

    Task<IReadOnlyList<DefinitionSummary>> ListAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DefinitionVersionInfo>> ListVersionsAsync(string tenantId, string id, CancellationToken cancellationToken);

    /// <summary>Hides the definition from lists and triggers; its versions stay for instances that run on them. False when absent.</summary>
    Task<bool> DeleteAsync(string tenantId, string id, CancellationToken cancellationToken);

    /// <summary>Every published, not deleted version of every tenant: what trigger indexes are built from.</summary>
    Task<IReadOnlyList<StoredDefinition>> ListPublishedAsync(CancellationToken cancellationToken);
}
