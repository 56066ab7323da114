using System.Text.Json.Nodes;
using Stripe;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Host.Secrets;

namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>
/// A tenant's <c>stripe</c> connections: <c>{ secret: "&lt;secret holding the API key&gt;", webhookSecret: "&lt;secret
/// holding the whsec_ signing secret&gt;", baseUrl (optional: the API base, for a test server) }</c>. A
/// <see cref="StripeClient"/> is built per use, on the shared HTTP client of the factory.
/// </summary>
internal sealed class StripeConnections(ProviderConnections connections, IHttpClientFactory httpClients)
{
    public const string Kind = "stripe";
    public const string HttpClientName = "stripe";

    /// <exception cref="PaymentProviderException">The connection, its API key or its base URL is missing or wrong.</exception>
    public async Task<StripeClient> ClientAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var settings = await connections.SettingsAsync(tenantId, Kind, name, cancellationToken) ?? throw new PaymentProviderException(
            $"The tenant has no stripe connection '{name}'; create it with PUT /api/connections/{name} {{ kind: stripe, secret, webhookSecret }}.");
        var apiKey = await connections.SecretAsync(tenantId, Kind, name, settings, "secret", cancellationToken);
        var options = new StripeClientOptions
        {
            ApiKey = apiKey,
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 2, appInfo: null, enableTelemetry: false),
        };
        if (ConnectionSettings.Text(settings, "baseUrl") is { } baseUrl)
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
    public Task<(string? Secret, string? Problem)> WebhookSecretAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        connections.WebhookSecretAsync(tenantId, Kind, name, "webhookSecret", cancellationToken);
}
