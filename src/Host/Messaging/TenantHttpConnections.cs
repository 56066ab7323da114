using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Secrets.ConnectionSettings;

namespace WorkflowPlatform.Host.Messaging;

/// <summary>
/// Reads a tenant's <c>http</c> connections: <c>{ kind: http, baseUrl, secret? }</c>, where <c>secret</c> names the
/// tenant secret holding the bearer token sent as <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class TenantHttpConnections(ConnectionStore connections, TenantSecrets secrets) : IHttpConnections
{
    public const string Kind = "http";

    public async Task<(HttpConnection? Connection, string? Problem)> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        if (await connections.GetAsync(tenantId, Kind, name, cancellationToken) is not { } stored)
        {
            return (null,
                $"No http connection '{name}' is configured for this tenant: store its token with POST /api/secrets {{ \"name\": \"{name}-token\", \"value\": \"...\" }} " +
                $"(when the service needs one), then create the connection with PUT /api/connections/{name} " +
                $"{{ \"kind\": \"http\", \"baseUrl\": \"https://messages.example.com/send\", \"secret\": \"{name}-token\" }}.");
        }

        var settings = stored.Settings;
        if (!Uri.TryCreate(Text(settings, "baseUrl"), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            return (null, $"Http connection '{name}' needs 'baseUrl', an absolute http(s) URL; set it with PUT /api/connections/{name}.");
        }

        string? token = null;
        if (Text(settings, "secret") is { } secret && (token = await secrets.ResolveAsync(tenantId, secret, cancellationToken)) is null)
        {
            return (null, $"Http connection '{name}' names secret '{secret}', which this tenant does not have; create it with POST /api/secrets.");
        }

        return (new HttpConnection(name, baseUrl, token), null);
    }
}
