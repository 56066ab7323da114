namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Resolves a tenant's named secret (<c>{ "$secret": "stripe-live" }</c>) at run time.</summary>
public interface ISecretResolver
{
    ValueTask<string?> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken);
}
