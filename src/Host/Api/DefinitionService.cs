using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Host.Api;

/// <summary>Validates and saves definitions and publishes them, keeping the trigger index current. Used by the API and the workflows folder.</summary>
internal sealed class DefinitionService(IDefinitionStore store, WorkflowCompiler compiler, TriggerIndex triggers)
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

    public async Task<StoredDefinition?> PublishAsync(string tenantId, string id, int? version, CancellationToken cancellationToken)
    {
        var target = version ?? (await store.GetAsync(tenantId, id, null, cancellationToken))?.Version;
        if (target is null)
        {
            return null;
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
