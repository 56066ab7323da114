using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Secrets.ConnectionSettings;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// What the payment providers' connections share: a tenant's connection of one kind, and the secrets its settings
/// name (API key, webhook secret or token), with errors that say which setting or secret is missing.
/// </summary>
internal sealed class ProviderConnections(ConnectionStore connections, TenantSecrets secrets)
{
    /// <summary>The connection's settings, or null when the tenant has no connection of that name and kind.</summary>
    public async Task<JsonObject?> SettingsAsync(string tenantId, string kind, string name, CancellationToken cancellationToken) =>
        await connections.GetAsync(tenantId, kind, name, cancellationToken) is { } connection ? connection.Settings : null;

    /// <summary>The value of the secret that <paramref name="setting"/> names.</summary>
    /// <exception cref="PaymentProviderException">The setting is missing, or names a secret the tenant does not have.</exception>
    public async Task<string> SecretAsync(string tenantId, string kind, string connection, JsonObject settings, string setting, CancellationToken cancellationToken)
    {
        var secretName = Text(settings, setting)
                         ?? throw new PaymentProviderException($"{Title(kind)} connection '{connection}' has no '{setting}': the name of the tenant secret that holds it.");
        return await secrets.ResolveAsync(tenantId, secretName, cancellationToken) is { Length: > 0 } value
            ? value
            : throw new PaymentProviderException($"{Title(kind)} connection '{connection}' names secret '{secretName}' as its {setting}, and the tenant has no such secret.");
    }

    /// <summary>The secret a webhook is checked with, or the problem that keeps it from being known.</summary>
    public async Task<(string? Secret, string? Problem)> WebhookSecretAsync(string tenantId, string kind, string name, string setting, CancellationToken cancellationToken)
    {
        if (await SettingsAsync(tenantId, kind, name, cancellationToken) is not { } settings)
        {
            return (null, $"The tenant has no {kind} connection '{name}'.");
        }

        try
        {
            return (await SecretAsync(tenantId, kind, name, settings, setting, cancellationToken), null);
        }
        catch (PaymentProviderException exception)
        {
            return (null, exception.Message);
        }
    }

    private static string Title(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
