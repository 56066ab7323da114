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

    /// <summary>The input and message of each problem found, for <c>IValidatesInputs.Validate</c>.</summary>
    public static IEnumerable<(string Input, string Message)> Problems(params (string Input, string? Message)[] checks) =>
        checks.Where(c => c.Message is not null).Select(c => (c.Input, c.Message!));
}
