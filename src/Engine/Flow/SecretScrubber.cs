using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>
/// Replaces resolved secret values in an activity's outputs and error before the engine records them (state,
/// journal, incidents), so a service that echoes a key or an exception that quotes a URL cannot leak it.
/// </summary>
internal static class SecretScrubber
{
    public static ActivityResult Scrub(ActivityResult result, IReadOnlyList<string>? secrets)
    {
        var values = secrets?.Where(s => s.Length >= 4).ToArray(); // shorter values would blank ordinary text
        if (values is not { Length: > 0 } || result.Kind == ActivityResultKind.Suspended)
        {
            return result;
        }

        var outputs = result.Outputs is null ? null : (JsonObject)ScrubNode(result.Outputs.DeepClone(), values)!;
        return result.Kind == ActivityResultKind.Failed
            ? ActivityResult.Fail(ScrubText(result.Error ?? "", values), exception: null, outputs)
            : ActivityResult.To(result.Port, outputs);
    }

    public static ActivityStep Scrub(ActivityStep step, IReadOnlyList<string>? secrets)
    {
        var values = secrets?.Where(s => s.Length >= 4).ToArray();
        return values is not { Length: > 0 } ? step : step with
        {
            Inputs = (JsonObject?)ScrubNode(step.Inputs, values),
            Outputs = (JsonObject?)ScrubNode(step.Outputs, values),
            Error = step.Error is null ? null : ScrubText(step.Error, values),
        };
    }

    private static JsonNode? ScrubNode(JsonNode? node, string[] secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = ScrubNode(value?.DeepClone(), secrets);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = ScrubNode(array[i]?.DeepClone(), secrets);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(ScrubText(text, secrets));
            default:
                return node;
        }
    }

    private static string ScrubText(string text, string[] secrets)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, InputEvaluator.Redacted, StringComparison.Ordinal);
        }

        return text;
    }
}
