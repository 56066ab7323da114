using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Expressions;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Evaluates an activity's compiled inputs in the instance's scope, and shows them redacted for the journal.</summary>
internal static class InputEvaluator
{
    public const string Redacted = "***";

    /// <param name="secrets">Receives the secret values the inputs resolved.</param>
    public static async ValueTask<Dictionary<string, JsonNode?>> EvaluateAsync(
        CompiledActivity activity, ExpressionEngine expressions, IExpressionScope scope, List<string>? secrets, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, JsonNode?>(activity.Inputs.Count, StringComparer.Ordinal);
        foreach (var (name, value) in activity.Inputs)
        {
            values[name] = value.IsConstant ? value.Constant : await expressions.EvaluateAsync(value, scope, cancellationToken, secrets);
        }

        return values;
    }

    /// <summary>A copy for the journal: secret-bearing inputs are replaced, values are cloned so the state never shares nodes.</summary>
    public static JsonObject? ForJournal(CompiledActivity activity, IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var copy = new JsonObject();
        foreach (var (name, value) in activity.Inputs)
        {
            copy[name] = value.ContainsSecret ? JsonValue.Create(Redacted) : values.GetValueOrDefault(name)?.DeepClone();
        }

        return copy;
    }
}
