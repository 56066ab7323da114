using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Ads;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Secrets.ConnectionSettings;

namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// Reads a tenant's <c>ads</c> connections: <c>{ kind: ads, baseUrl (default https://graph.facebook.com/v21.0),
/// accountId (without act_), secret: "&lt;tenant secret holding the access token&gt;" }</c>. Every problem is an
/// <see cref="AdsProviderException"/> that says how to fix it.
/// </summary>
internal sealed class AdsConnections(ConnectionStore connections, TenantSecrets secrets)
{
    public const string Kind = "ads";

    public async Task<MetaAdsAccount> AccountAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        if (await connections.GetAsync(tenantId, Kind, name, cancellationToken) is not { } stored)
        {
            throw new AdsProviderException(
                $"The tenant has no ads connection '{name}': store the access token with POST /api/secrets {{ \"name\": \"meta-token\", \"value\": \"...\" }}, then create it with " +
                $"PUT /api/connections/{name} {{ \"kind\": \"ads\", \"baseUrl\": \"{MetaAdsAccount.DefaultBaseUrl}\", \"accountId\": \"1234567890\", \"secret\": \"meta-token\" }}.");
        }

        var settings = stored.Settings;
        var baseUrl = MetaAdsAccount.DefaultBaseUrl;
        if (Text(settings, "baseUrl") is { } given && (!Uri.TryCreate(given, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            throw new AdsProviderException($"Ads connection '{name}' has a baseUrl that is not an absolute http(s) URL: '{given}'.");
        }

        var accountId = AccountId(settings);
        if (accountId is null || accountId.Length == 0 || !accountId.All(char.IsAsciiDigit))
        {
            throw new AdsProviderException(
                $"Ads connection '{name}' needs 'accountId', the ad account's number (with or without act_); got '{accountId}'. Set it with PUT /api/connections/{name}.");
        }

        var secretName = Text(settings, "secret")
                         ?? throw new AdsProviderException($"Ads connection '{name}' has no 'secret': the name of the tenant secret that holds the access token.");
        var token = await secrets.ResolveAsync(tenantId, secretName, cancellationToken);
        if (string.IsNullOrEmpty(token))
        {
            throw new AdsProviderException($"Ads connection '{name}' names secret '{secretName}' as its access token, and the tenant has no such secret; create it with POST /api/secrets.");
        }

        return new MetaAdsAccount(name, secretName, baseUrl!, accountId, token);
    }

    /// <summary>The id as text or a number, <c>act_</c> dropped: requests add it themselves.</summary>
    private static string? AccountId(JsonObject settings)
    {
        var raw = settings["accountId"] switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
        raw = raw?.Trim();
        return raw is not null && raw.StartsWith("act_", StringComparison.Ordinal) ? raw[4..] : raw;
    }
}
