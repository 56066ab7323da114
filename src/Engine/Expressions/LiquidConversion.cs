using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Turns JSON into the plain dictionaries and lists Fluid renders without any .NET member access.</summary>
internal static class LiquidConversion
{
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        _ => ValueToPlain(node.AsValue()),
    };

    public static Dictionary<string, object?> ToPlainObject(IEnumerable<KeyValuePair<string, JsonNode?>> members) =>
        members.ToDictionary(p => p.Key, p => ToPlain(p.Value));

    private static object? ValueToPlain(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.ToString() is var text && value.TryGetValue<string>(out var s) ? s : text,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
