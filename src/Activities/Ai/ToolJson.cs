using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>Tool arguments and results (JSON elements from the model, nodes and records of ours) as JSON nodes for inputs, outputs and the journal.</summary>
internal static class ToolJson
{
    public static JsonNode? From(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonNode node:
                return node.DeepClone();
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText());
            case IEnumerable<KeyValuePair<string, JsonNode?>> pairs:
                var json = new JsonObject();
                foreach (var (name, item) in pairs)
                {
                    json[name] = item?.DeepClone();
                }

                return json;
            case IEnumerable<KeyValuePair<string, object?>> arguments:
                var obj = new JsonObject();
                foreach (var (name, item) in arguments)
                {
                    obj[name] = From(item);
                }

                return obj;
            default:
                return JsonSerializer.SerializeToNode(value, value.GetType(), AIJsonUtilities.DefaultOptions);
        }
    }
}
