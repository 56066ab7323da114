using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Secrets.ConnectionSettings;

namespace WorkflowPlatform.Host.Messaging;

/// <summary>A tenant's <c>smtp</c> connection with its password resolved.</summary>
internal sealed record SmtpSettings(string Host, int Port, string? Username, string? Password, string From, bool UseTls);

/// <summary>
/// Reads a tenant's <c>smtp</c> connections: <c>{ kind: smtp, host, port, username, secret, from, useTls }</c>, where
/// <c>secret</c> names the tenant secret holding the password. <c>useTls</c> defaults to true; <c>port</c> defaults
/// to 587 (STARTTLS) with TLS and to 25 without; port 465 means TLS from the first byte.
/// </summary>
internal sealed class SmtpConnections(ConnectionStore connections, TenantSecrets secrets)
{
    public const string Kind = "smtp";

    /// <returns>The settings, or why there are none, in words that say how to fix it.</returns>
    public async Task<(SmtpSettings? Settings, string? Problem)> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var stored = await connections.GetAsync(tenantId, Kind, name, cancellationToken);
        if (stored is null)
        {
            return (null,
                $"No SMTP connection '{name}' is configured for this tenant: store the password with POST /api/secrets {{ \"name\": \"smtp-password\", \"value\": \"...\" }}, " +
                $"then create the connection with PUT /api/connections/{name} {{ \"kind\": \"smtp\", \"host\": \"smtp.example.com\", \"port\": 587, \"username\": \"...\", " +
                "\"secret\": \"smtp-password\", \"from\": \"Team <team@example.com>\", \"useTls\": true }.");
        }

        var settings = stored.Settings;
        if (Text(settings, "host") is not { } host || Text(settings, "from") is not { } from)
        {
            return (null, $"SMTP connection '{name}' needs 'host' and 'from' (the sender address); set them with PUT /api/connections/{name}.");
        }

        var useTls = settings["useTls"] is not JsonValue tls || !tls.TryGetValue<bool>(out var flag) || flag;
        if (Port(settings) is not { } port)
        {
            return (null, $"SMTP connection '{name}' has a 'port' that is not a number from 1 to 65535.");
        }

        string? password = null;
        if (Text(settings, "secret") is { } secret && (password = await secrets.ResolveAsync(tenantId, secret, cancellationToken)) is null)
        {
            return (null, $"SMTP connection '{name}' names secret '{secret}', which this tenant does not have; create it with POST /api/secrets.");
        }

        return (new SmtpSettings(host, port == 0 ? (useTls ? 587 : 25) : port, Text(settings, "username"), password, from, useTls), null);
    }

    /// <summary>0 when absent (the default for the TLS setting), null when not a port.</summary>
    private static int? Port(JsonObject settings) => settings["port"] switch
    {
        null => 0,
        JsonValue value when value.TryGetValue<int>(out var number) && number is > 0 and <= 65535 => number,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 65535 => parsed,
        _ => null,
    };
}
