using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Continues through the first case whose condition holds, else through Default.</summary>
[Activity("Switch", Category = "Control", DisplayName = "Switch", Description = "Continues through the first case whose condition holds, else through Default.", Icon = "switch")]
public sealed class Switch : Activity<Switch.Input, None>, IDynamicPorts
{
    public static readonly Port Default = new("Default");

    public sealed record Case(string Name, JsonNode? Condition);

    public sealed record Input([Input(Description = "[{ name, condition }]: one port per case, in order.")] IReadOnlyList<Case> Cases);

    public static IReadOnlyList<string> PortsFor(ActivityNode node)
    {
        var names = node.Inputs.GetValueOrDefault("cases") is JsonArray cases
            ? cases.OfType<JsonObject>().Select(c => c["name"] is JsonValue name && name.TryGetValue<string>(out var text) ? text : null).OfType<string>()
            : [];
        return [.. names, Default.Name];
    }

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var match = input.Cases?.FirstOrDefault(c => ExpressionEngine.IsTruthy(c.Condition));
        return ValueTask.FromResult(ActivityResult.To(match is null ? Default : new Port(match.Name)));
    }
}
