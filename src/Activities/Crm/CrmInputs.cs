using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>Reads literal inputs of a node for the CRM activities' save-time checks (expressions are checked when they run).</summary>
internal static class CrmInputs
{
    /// <summary>True when the input is set to anything (a literal or an expression).</summary>
    public static bool Has(ActivityNode node, string name) => node.Inputs.GetValueOrDefault(name) is not null;

    public static string? Text(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? Number(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    /// <summary>The literal boolean, or null when absent, an expression or not a boolean (see <see cref="KindProblem"/>).</summary>
    public static bool? Flag(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>The literal date-time, or null when absent, an expression or not a date-time (see <see cref="DateProblem"/>).</summary>
    public static DateTimeOffset? Date(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && TryDate(value, out var date) ? date : null;

    /// <summary>A literal of the wrong JSON kind for the input: <c>"yes"</c> for a boolean, <c>"5"</c> or 2.5 for a whole number.</summary>
    public static string? KindProblem(ActivityNode node, string name, JsonValueKind kind)
    {
        if (node.Inputs.GetValueOrDefault(name) is not JsonValue value || value.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        return kind switch
        {
            JsonValueKind.True or JsonValueKind.False when value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) =>
                $"{name}: {value.ToJsonString()} is not true or false.",
            JsonValueKind.Number when !value.TryGetValue<long>(out _) => $"{name}: {value.ToJsonString()} is not a whole number.",
            _ => null,
        };
    }

    /// <summary>A literal that is not an ISO-8601 date-time such as 2026-12-01T00:00:00Z.</summary>
    public static string? DateProblem(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value && value.GetValueKind() != JsonValueKind.Null && !TryDate(value, out _)
            ? $"{name}: {value.ToJsonString()} is not an ISO-8601 date-time such as 2026-12-01T00:00:00Z."
            : null;

    private static bool TryDate(JsonValue value, out DateTimeOffset date)
    {
        date = default;
        if (value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            date = value.Deserialize<DateTimeOffset>(DefinitionJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The input and message of each problem found, for <c>IValidatesInputs.Validate</c>.</summary>
    public static IEnumerable<(string Input, string Message)> Problems(params (string Input, string? Message)[] checks) =>
        checks.Where(c => c.Message is not null).Select(c => (c.Input, c.Message!));
}
