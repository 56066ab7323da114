using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Secrets;

/// <summary>Reading a connection's settings (<c>PUT /api/connections/{name}</c>): what the readers of every kind share.</summary>
internal static class ConnectionSettings
{
    /// <summary>The setting as text, or null when it is missing, empty or not text.</summary>
    public static string? Text(JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
