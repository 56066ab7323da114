using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Converts Elsa inputs, <c>{ typeName, expression: { type, value } }</c>, to our input values: Literal and Object become
/// JSON literals, JavaScript <c>$js</c>, Liquid <c>$liquid</c>, Variable <c>vars.name</c>. C# (and any other language)
/// has no counterpart: a plain value (a number, string, true, false, null) is kept as a literal; other code is left out,
/// kept in the activity's description and reported.
/// </summary>
internal sealed partial class ElsaExpressions(ElsaScripts scripts, IReadOnlyDictionary<string, string> variableNamesById, ImportReport report)
{
    private static readonly string[] NumberTypes = ["Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "Double", "Single", "Decimal"];

    [GeneratedRegex("""^\s*(-?\d+(\.\d+)?|true|false|null|"([^"\\]|\\.)*")\s*;?\s*$""")]
    private static partial Regex PlainValue();

    /// <summary>The input <paramref name="name"/> of <paramref name="node"/> as our value; null when absent, empty or left out.</summary>
    public JsonNode? Read(ElsaNode node, string name)
    {
        var path = $"{node.Path}.{name}";
        switch (node.Json[name])
        {
            case null:
                return null;
            case JsonObject wrapper when wrapper.ContainsKey("expression") || wrapper.ContainsKey("typeName") || wrapper.ContainsKey("memoryReference"):
                return wrapper["expression"] switch
                {
                    null => null,
                    JsonObject expression => Convert(node, name, expression, ElsaJson.Text(wrapper["typeName"]), path),
                    _ => throw new ElsaFormatException($"{path}.expression", "An input's expression must be an object { type, value }."),
                };
            case var plain:
                return plain.DeepClone();
        }
    }

    /// <summary>A bare <c>{ type, value }</c> expression, such as a FlowSwitch case's condition.</summary>
    public JsonNode? ReadExpression(ElsaNode node, string name, JsonObject expression, string path) =>
        Convert(node, name, expression, null, path);

    /// <summary>A literal string input; null when absent. <paramref name="isExpression"/> says it was given as an expression instead.</summary>
    public string? LiteralText(ElsaNode node, string name, out bool isExpression)
    {
        var value = Read(node, name);
        isExpression = IsExpression(value);
        return isExpression ? null : value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v => v.ToJsonString(),
            _ => null,
        };
    }

    public static bool IsExpression(JsonNode? value) => value is JsonObject obj && obj.Any(p => p.Key.StartsWith('$'));

    /// <summary>An Elsa TimeSpan literal (<c>00:00:05</c>, <c>1.02:00:00</c>) or ISO-8601 text as an ISO-8601 duration.</summary>
    public static bool TryDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is null)
        {
            return false;
        }

        return (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) || Durations.TryParse(text, out duration)) && duration >= TimeSpan.Zero;
    }

    private JsonNode? Convert(ElsaNode node, string name, JsonObject expression, string? typeName, string path)
    {
        var type = ElsaJson.Text(expression["type"]) ?? throw new ElsaFormatException($"{path}.expression.type", "An expression needs a type (Literal, Object, JavaScript, Liquid, Variable, ...).");
        var value = expression["value"];
        switch (type)
        {
            case "Literal":
                return Literal(value, typeName);
            case "Object" or "Json":
                return ObjectValue(value, path);
            case "JavaScript":
                return ElsaJson.Text(value) is { Length: > 0 } code ? scripts.JavaScript(code, path) : null;
            case "Liquid":
                return ElsaJson.Text(value) is { Length: > 0 } template ? scripts.Liquid(template, path) : null;
            case "Variable":
                return VariableReference(value, path);
            case "Input" when ElsaJson.Text(value) is { Length: > 0 } input:
                return new JsonObject { ["$js"] = $"input[{JsonValue.Create(input).ToJsonString()}]" };
            default:
                return NoCounterpart(node, name, type, value, path);
        }
    }

    private static JsonNode? Literal(JsonNode? value, string? typeName)
    {
        if (value is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String)
        {
            return value?.DeepClone();
        }

        var text = scalar.GetValue<string>();
        var shortType = typeName?.Split(',')[0].Split('.')[^1];
        if (shortType is not null && NumberTypes.Contains(shortType, StringComparer.Ordinal)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : JsonValue.Create(number);
        }

        if (shortType == "Boolean" && bool.TryParse(text, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return JsonValue.Create(text);
    }

    private JsonNode? ObjectValue(JsonNode? value, string path)
    {
        if (ElsaJson.Text(value) is not { } text)
        {
            return value?.DeepClone();
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            report.Warn(path, "The Object value is not valid JSON; it is kept as a string.");
            return JsonValue.Create(text);
        }
    }

    private JsonNode VariableReference(JsonNode? value, string path)
    {
        var key = value is JsonObject reference ? ElsaJson.Text(reference["id"]) ?? ElsaJson.Text(reference["name"]) : ElsaJson.Text(value);
        var name = key is null ? null : variableNamesById.GetValueOrDefault(key) ?? (value is JsonObject named ? ElsaJson.Text(named["name"]) : key);
        if (name is null)
        {
            throw new ElsaFormatException($"{path}.expression.value", "A Variable expression must name a variable (its id or name).");
        }

        return new JsonObject { ["$js"] = ElsaScripts.VarsAccess(name) };
    }

    private JsonNode? NoCounterpart(ElsaNode node, string name, string language, JsonNode? value, string path)
    {
        var code = ElsaJson.Text(value) ?? value?.ToJsonString();
        if (code is null)
        {
            return null;
        }

        if (PlainValue().IsMatch(code))
        {
            return JsonNode.Parse(code.Trim().TrimEnd(';').Trim());
        }

        node.Notes.Add($"{name} ({language}, not imported): {code}");
        report.Warn(path, $"{language} expressions have no counterpart here (we run JavaScript and Liquid); the input is left empty and the code kept in the activity's description.");
        return null;
    }
}
