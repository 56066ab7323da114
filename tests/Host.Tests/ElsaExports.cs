using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests;

/// <summary>Builds small Elsa 3 exports in the shape of the real ones in <c>ElsaSamples/</c>.</summary>
internal static class ElsaExports
{
    public static JsonObject Export(string definitionId, JsonObject[] activities, (string From, string Port, string To)[] connections) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray([.. activities]),
            ["connections"] = new JsonArray([.. connections.Select(c => (JsonNode)new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = c.Port },
                ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
            })]),
        },
    };

    public static JsonObject ElsaActivity(string id, string type, params (string Name, JsonObject Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        foreach (var (name, value) in inputs)
        {
            activity[name] = value;
        }

        return activity;
    }

    public static JsonObject Literal(string typeName, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Expression(string language, string value) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = language, ["value"] = value } };
}
