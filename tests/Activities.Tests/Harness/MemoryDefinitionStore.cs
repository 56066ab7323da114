using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Harness;

/// <summary>Published definitions in memory: one version (1) per id, which is what starts, children and triggers read.</summary>
internal sealed class MemoryDefinitionStore : IDefinitionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Tenant, string Id), StoredDefinition> published = [];

    public void Publish(string tenantId, WorkflowDefinition definition)
    {
        lock (gate)
        {
            published[(tenantId, definition.Id)] = new StoredDefinition
            {
                TenantId = tenantId,
                Definition = definition with { Version = 1 },
                IsPublished = true,
                CreatedAt = DateTimeOffset.UnixEpoch,
                ContentHash = definition.Id,
            };
        }
    }

    public Task<StoredDefinition?> GetAsync(string tenantId, string id, int? version, CancellationToken cancellationToken, bool includeDeleted = false) =>
        GetPublishedAsync(tenantId, id, cancellationToken);

    public Task<StoredDefinition?> GetPublishedAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(published.GetValueOrDefault((tenantId, id)));
        }
    }

    public Task<IReadOnlyList<StoredDefinition>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<StoredDefinition>>(published.Values.ToList());
        }
    }

    public Task<StoredDefinition> SaveDraftAsync(string tenantId, WorkflowDefinition definition, string contentHash, string? createdBy, CancellationToken cancellationToken) => throw Unused();

    public Task<StoredDefinition?> PublishAsync(string tenantId, string id, int version, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(string tenantId, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DefinitionVersionInfo>> ListVersionsAsync(string tenantId, string id, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> DeleteAsync(string tenantId, string id, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The activity tests publish through Publish(tenant, definition).");
}
