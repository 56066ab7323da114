using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Sets a workflow variable.</summary>
[Activity("SetVariable", Category = "Control", DisplayName = "Set variable", Description = "Sets a workflow variable (vars.<name>).", Icon = "variable")]
public sealed class SetVariable : Activity<SetVariable.Input, None>
{
    public sealed record Input([Input(SupportsExpressions = false)] string Name, JsonNode? Value = null);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.SetVariable(input.Name, input.Value);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
