using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Continues through True or False.</summary>
[Activity("If", Category = "Control", DisplayName = "If", Description = "Continues through True when the condition holds, else through False.", Icon = "split")]
public sealed class If : Activity<If.Input, None>
{
    public static readonly Port True = new("True");
    public static readonly Port False = new("False");

    public sealed record Input([Input(Description = "Truthy or falsy, usually a $js expression.", Type = "expression")] JsonNode? Condition);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.To(ExpressionEngine.IsTruthy(input.Condition) ? True : False));
}
