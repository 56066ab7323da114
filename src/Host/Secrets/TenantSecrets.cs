using Microsoft.AspNetCore.DataProtection;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Secrets;

/// <summary>
/// Tenant secrets encrypted with Data Protection (one purpose per tenant, so one tenant's ciphertext is useless to
/// another) and resolved for <c>$secret</c> inputs.
/// </summary>
internal sealed class TenantSecrets(SecretStore store, IDataProtectionProvider protection) : ISecretResolver
{
    public Task SetAsync(string tenantId, string name, string value, CancellationToken cancellationToken) =>
        store.SetAsync(tenantId, name, ProtectorFor(tenantId).Protect(value), cancellationToken);

    public async ValueTask<string?> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var cipher = await store.GetProtectedAsync(tenantId, name, cancellationToken);
        return cipher is null ? null : ProtectorFor(tenantId).Unprotect(cipher);
    }

    private IDataProtector ProtectorFor(string tenantId) => protection.CreateProtector("WorkflowPlatform.Secrets", tenantId);
}
