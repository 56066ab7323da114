using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Host.Secrets;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// A tenant's <c>asaas</c> connections: <c>{ secret: "&lt;secret holding the API key&gt;", webhookToken: "&lt;secret
/// holding the token Asaas sends in asaas-access-token&gt;", environment: sandbox | production, baseUrl (optional: the
/// API base, for a test server) }</c>. An <see cref="AsaasClient"/> is built per use, on the shared HTTP client of the factory.
/// </summary>
internal sealed class AsaasConnections(ProviderConnections connections, IHttpClientFactory httpClients)
{
    public const string Kind = "asaas";
    public const string HttpClientName = "asaas";

    /// <exception cref="PaymentProviderException">The connection, its API key, its environment or its base URL is missing or wrong.</exception>
    public async Task<AsaasClient> ClientAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await connections.SettingsAsync(tenantId, Kind, name, cancellationToken) ?? throw new PaymentProviderException(
            $"The tenant has no asaas connection '{name}'; create it with PUT /api/connections/{name} {{ kind: asaas, secret, webhookToken, environment: sandbox | production }}.");
        var apiKey = await connections.SecretAsync(tenantId, Kind, name, settings, "secret", cancellationToken);
        return new AsaasClient(httpClients.CreateClient(HttpClientName), new AsaasAccount(apiKey, BaseUrl(name, settings)));
    }

    /// <summary>The connection's webhook token, or the problem that keeps it from being known.</summary>
    public Task<(string? Token, string? Problem)> WebhookTokenAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        connections.WebhookSecretAsync(tenantId, Kind, name, "webhookToken", cancellationToken);

    /// <summary>An explicit base URL (a test server) wins; otherwise the environment must say which of Asaas's two worlds the key belongs to.</summary>
    private static Uri BaseUrl(string name, JsonObject settings)
    {
        if (ConnectionSettings.Text(settings, "baseUrl") is { } baseUrl)
        {
            return Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : throw new PaymentProviderException($"Asaas connection '{name}' has a baseUrl that is not an absolute http(s) URL: '{baseUrl}'.");
        }

        return ConnectionSettings.Text(settings, "environment") switch
        {
            "sandbox" => AsaasAccount.SandboxUrl,
            "production" => AsaasAccount.ProductionUrl,
            null => throw new PaymentProviderException($"Asaas connection '{name}' has no 'environment': sandbox or production (their keys and data are separate)."),
            var other => throw new PaymentProviderException($"Asaas connection '{name}' has environment '{other}'; use sandbox or production."),
        };
    }
}
