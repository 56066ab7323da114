using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Secrets.ConnectionSettings;

namespace WorkflowPlatform.Host.Ai;

/// <summary>
/// A tenant's <c>openai</c> connections: <c>{ baseUrl, model, embeddingModel, secret, inputPricePer1k,
/// outputPricePer1k, fallbacks: [names] }</c>, with the key read from the named secret.
/// </summary>
internal sealed class TenantLlmConnections(ConnectionStore connections, TenantSecrets secrets) : ILlmConnections
{
    private const string Kind = "openai";

    public async Task<IReadOnlyList<LlmConnection>> ResolveAsync(string tenantId, string? name, CancellationToken cancellationToken)
    {
        var primary = await LoadAsync(tenantId, name ?? "default", cancellationToken);
        if (primary is null)
        {
            return [];
        }

        var list = new List<LlmConnection> { primary.Value.Connection };
        foreach (var fallback in primary.Value.Fallbacks)
        {
            if (list.All(c => c.Name != fallback) && await LoadAsync(tenantId, fallback, cancellationToken) is { } next)
            {
                list.Add(next.Connection);
            }
        }

        return list;
    }

    private async Task<(LlmConnection Connection, IReadOnlyList<string> Fallbacks)?> LoadAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var stored = await connections.GetAsync(tenantId, Kind, name, cancellationToken);
        if (stored is null || Text(stored.Settings, "baseUrl") is not { } baseUrl || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var url))
        {
            return null;
        }

        var key = Text(stored.Settings, "secret") is { } secret ? await secrets.ResolveAsync(tenantId, secret, cancellationToken) : null;
        var connection = new LlmConnection(
            name,
            url,
            Text(stored.Settings, "model") ?? "gpt-4o-mini",
            Text(stored.Settings, "embeddingModel"),
            key,
            Price(stored.Settings, "inputPricePer1k"),
            Price(stored.Settings, "outputPricePer1k"));
        var fallbacks = stored.Settings["fallbacks"] is JsonArray names
            ? names.Select(n => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null).OfType<string>().ToList()
            : [];
        return (connection, fallbacks);
    }

    private static decimal Price(JsonObject settings, string name) => settings[name] switch
    {
        JsonValue value when value.TryGetValue<decimal>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0m,
    };
}
