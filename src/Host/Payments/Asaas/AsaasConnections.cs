using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// A tenant's <c>asaas</c> connections: <c>{ secret: "&lt;secret holding the API key&gt;", webhookToken: "&lt;secret
/// holding the token Asaas sends in asaas-access-token&gt;", environment: sandbox | production, baseUrl (optional: the
/// API base, for a test server) }</c>. An <see cref="AsaasClient"/> is built per use, on the shared HTTP client of the factory.
/// </summary>
internal sealed class AsaasConnections(ConnectionStore connections, TenantSecrets secrets, IHttpClientFactory httpClients)
{
    public const string Kind = "asaas";
    public const string HttpClientName = "asaas";

    /// <exception cref="PaymentProviderException">The connection, its API key, its environment or its base URL is missing or wrong.</exception>
    public async Task<AsaasClient> ClientAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(tenantId, name, cancellationToken) ?? throw new PaymentProviderException(
            $"The tenant has no asaas connection '{name}'; create it with PUT /api/connections/{name} {{ kind: asaas, secret, webhookToken, environment: sandbox | production }}.");
        var apiKey = await SecretAsync(tenantId, name, settings, "secret", cancellationToken);
        return new AsaasClient(httpClients.CreateClient(HttpClientName), new AsaasAccount(apiKey, BaseUrl(name, settings)));
    }

    /// <summary>The connection's webhook token, or the problem that keeps it from being known.</summary>
    public async Task<(string? Token, string? Problem)> WebhookTokenAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(tenantId, name, cancellationToken);
        if (settings is null)
        {
            return (null, $"The tenant has no asaas connection '{name}'.");
        }

        try
        {
            return (await SecretAsync(tenantId, name, settings, "webhookToken", cancellationToken), null);
        }
        catch (PaymentProviderException exception)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>An explicit base URL (a test server) wins; otherwise the environment must say which of Asaas's two worlds the key belongs to.</summary>
    private static Uri BaseUrl(string name, JsonObject settings)
    {
        if (Text(settings, "baseUrl") is { } baseUrl)
        {
            return Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : throw new PaymentProviderException($"Asaas connection '{name}' has a baseUrl that is not an absolute http(s) URL: '{baseUrl}'.");
        }

        return Text(settings, "environment") switch
        {
            "sandbox" => AsaasAccount.SandboxUrl,
            "production" => AsaasAccount.ProductionUrl,
            null => throw new PaymentProviderException($"Asaas connection '{name}' has no 'environment': sandbox or production (their keys and data are separate)."),
            var other => throw new PaymentProviderException($"Asaas connection '{name}' has environment '{other}'; use sandbox or production."),
        };
    }

    private async Task<JsonObject?> SettingsAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        await connections.GetAsync(tenantId, name, cancellationToken) is { Kind: Kind } connection ? connection.Settings : null;

    private async Task<string> SecretAsync(string tenantId, string connection, JsonObject settings, string setting, CancellationToken cancellationToken)
    {
        var secretName = Text(settings, setting)
                         ?? throw new PaymentProviderException($"Asaas connection '{connection}' has no '{setting}': the name of the tenant secret that holds it.");
        return await secrets.ResolveAsync(tenantId, secretName, cancellationToken) is { Length: > 0 } value
            ? value
            : throw new PaymentProviderException($"Asaas connection '{connection}' names secret '{secretName}' as its {setting}, and the tenant has no such secret.");
    }

    private static string? Text(JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
