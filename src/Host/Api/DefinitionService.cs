using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Validation;
using WorkflowPlatform.Host.Triggers;

namespace WorkflowPlatform.Host.Api;

/// <summary>Validates and saves definitions and publishes them, keeping the trigger index current. Used by the API and the workflows folder.</summary>
internal sealed class DefinitionService(IDefinitionStore store, WorkflowCompiler compiler, WorkflowCache cache, TriggerIndex triggers)
{
    public async Task<SaveResult> SaveAsync(string tenantId, WorkflowDefinition definition, string? createdBy, CancellationToken cancellationToken)
    {
        var errors = compiler.Validate(definition);
        if (errors.Count > 0)
        {
            return new SaveResult(null, errors);
        }

        var saved = await store.SaveDraftAsync(tenantId, definition with { Version = 0 }, ContentHash(definition), createdBy, cancellationToken);
        return new SaveResult(saved, []);
    }

    /// <exception cref="WorkflowRunException">The version's HTTP routes are served by another published workflow (a conflict).</exception>
    public async Task<StoredDefinition?> PublishAsync(string tenantId, string id, int? version, CancellationToken cancellationToken)
    {
        var target = version ?? (await store.GetAsync(tenantId, id, null, cancellationToken))?.Version;
        if (target is null)
        {
            return null;
        }

        if (await store.GetAsync(tenantId, id, target.Value, cancellationToken) is not { } candidate)
        {
            return null;
        }

        triggers.Invalidate(); // the check below sees what every process has published
        if (HttpRouteConflicts.Find(tenantId, cache.Get(candidate), await triggers.GetAsync(cancellationToken)) is { } conflict)
        {
            throw new WorkflowRunException(conflict, WorkflowRunError.Conflict);
        }

        var published = await store.PublishAsync(tenantId, id, target.Value, cancellationToken);
        triggers.Invalidate();
        return published;
    }

    /// <summary>SHA-256 of the document without its version: equal content, equal hash.</summary>
    public static string ContentHash(WorkflowDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DefinitionJson.Serialize(definition with { Version = 0 }))));
}

internal sealed record SaveResult(StoredDefinition? Saved, IReadOnlyList<ValidationError> Errors);
