using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>Reads the parts of an Elsa 3 export every activity shares: ids, names, flags, positions and connections.</summary>
internal static class ElsaJson
{
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static string RequiredText(JsonObject obj, string name, string path) =>
        Text(obj[name]) is { Length: > 0 } text ? text : throw new ElsaFormatException(Join(path, name), $"'{name}' must be a non-empty string.");

    /// <summary>The array under <paramref name="name"/>: empty when absent, malformed when it is something else.</summary>
    public static JsonArray ArrayOrEmpty(JsonObject obj, string name, string path) => obj[name] switch
    {
        null => [],
        JsonArray array => array,
        _ => throw new ElsaFormatException(Join(path, name), $"'{name}' must be an array."),
    };

    /// <summary>A member's JSON path; the document itself has the empty path.</summary>
    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static JsonObject ObjectAt(JsonArray array, int index, string path) =>
        array[index] as JsonObject ?? throw new ElsaFormatException($"{path}[{index}]", "Must be an object.");

    /// <summary>The designer label: Elsa keeps an edited one in <c>metadata.displayText</c>, else the activity's name.</summary>
    public static string? DisplayName(JsonObject activity) =>
        Text(activity["metadata"]?["displayText"]) is { Length: > 0 } shown ? shown : Text(activity["name"]);

    /// <summary><c>customProperties.canStartWorkflow</c> (3.x), or the older top-level flag; null when neither is set.</summary>
    public static bool? CanStartWorkflow(JsonObject activity)
    {
        var flag = activity["customProperties"]?["canStartWorkflow"] ?? activity["canStartWorkflow"];
        return flag is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;
    }

    public static Position? PositionOf(JsonObject activity)
    {
        var position = activity["metadata"]?["designer"]?["position"] as JsonObject;
        return Number(position?["x"]) is { } x && Number(position?["y"]) is { } y ? new Position(x, y) : null;
    }

    public static double? Number(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>
    /// One connection in any of Elsa's shapes: <c>{ source: { activity, port }, target: { activity, port } }</c> (3.x),
    /// the flat <c>source/sourcePort/target/targetPort</c> of early 3.0 exports, or <c>sourceActivityId/targetActivityId/outcome</c>.
    /// A missing source port is <c>Done</c>.
    /// </summary>
    public static ElsaConnection Connection(JsonObject connection, string path)
    {
        if (connection["source"] is JsonObject source && connection["target"] is JsonObject target)
        {
            return new(RequiredText(source, "activity", $"{path}.source"), Text(source["port"]) ?? "Done", RequiredText(target, "activity", $"{path}.target"), path);
        }

        if (Text(connection["source"]) is { Length: > 0 } from && Text(connection["target"]) is { Length: > 0 } to)
        {
            return new(from, Text(connection["sourcePort"]) ?? "Done", to, path);
        }

        if (Text(connection["sourceActivityId"]) is { Length: > 0 } legacyFrom && Text(connection["targetActivityId"]) is { Length: > 0 } legacyTo)
        {
            return new(legacyFrom, Text(connection["outcome"]) ?? "Done", legacyTo, path);
        }

        throw new ElsaFormatException(path, "A connection needs a source and a target: { source: { activity, port }, target: { activity, port } } or source, sourcePort, target, targetPort.");
    }
}

/// <summary>An Elsa connection from an outcome (port) of one activity to another, with its path in the export.</summary>
internal sealed record ElsaConnection(string Source, string Port, string Target, string Path);
