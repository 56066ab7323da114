using System.Text.Json.Nodes;
using Stripe;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>
/// A tenant's <c>stripe</c> connections: <c>{ secret: "&lt;secret holding the API key&gt;", webhookSecret: "&lt;secret
/// holding the whsec_ signing secret&gt;", baseUrl (optional: the API base, for a test server) }</c>. A
/// <see cref="StripeClient"/> is built per use, on the shared HTTP client of the factory.
/// </summary>
internal sealed class StripeConnections(ConnectionStore connections, TenantSecrets secrets, IHttpClientFactory httpClients)
{
    public const string Kind = "stripe";
    public const string HttpClientName = "stripe";

    /// <exception cref="PaymentProviderException">The connection, its API key or its base URL is missing or wrong.</exception>
    public async Task<StripeClient> ClientAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(tenantId, name, cancellationToken) ?? throw new PaymentProviderException(
            $"The tenant has no stripe connection '{name}'; create it with PUT /api/connections/{name} {{ kind: stripe, secret, webhookSecret }}.");
        var apiKey = await SecretAsync(tenantId, name, settings, "secret", cancellationToken);
        var options = new StripeClientOptions
        {
            ApiKey = apiKey,
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 2, appInfo: null, enableTelemetry: false),
        };
        if (Text(settings, "baseUrl") is { } baseUrl)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new PaymentProviderException($"Stripe connection '{name}' has a baseUrl that is not an absolute http(s) URL: '{baseUrl}'.");
            }

            options.ApiBase = url.AbsoluteUri.TrimEnd('/');
        }

        return new StripeClient(options);
    }

    /// <summary>The connection's webhook signing secret, or the problem that keeps it from being known.</summary>
    public async Task<(string? Secret, string? Problem)> WebhookSecretAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(tenantId, name, cancellationToken);
        if (settings is null)
        {
            return (null, $"The tenant has no stripe connection '{name}'.");
        }

        try
        {
            return (await SecretAsync(tenantId, name, settings, "webhookSecret", cancellationToken), null);
        }
        catch (PaymentProviderException exception)
        {
            return (null, exception.Message);
        }
    }

    private async Task<JsonObject?> SettingsAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        await connections.GetAsync(tenantId, name, cancellationToken) is { Kind: Kind } connection ? connection.Settings : null;

    private async Task<string> SecretAsync(string tenantId, string connection, JsonObject settings, string setting, CancellationToken cancellationToken)
    {
        var secretName = Text(settings, setting)
                         ?? throw new PaymentProviderException($"Stripe connection '{connection}' has no '{setting}': the name of the tenant secret that holds it.");
        return await secrets.ResolveAsync(tenantId, secretName, cancellationToken) is { Length: > 0 } value
            ? value
            : throw new PaymentProviderException($"Stripe connection '{connection}' names secret '{secretName}' as its {setting}, and the tenant has no such secret.");
    }

    private static string? Text(JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
