using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Sets one of the workflow's outputs.</summary>
[Activity("SetOutput", Category = "Control", DisplayName = "Set output", Description = "Sets a workflow output.", Icon = "output")]
public sealed class SetOutput : Activity<SetOutput.Input, None>
{
    public sealed record Input([Input(SupportsExpressions = false)] string Name, JsonNode? Value = null);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        context.SetWorkflowOutput(input.Name, input.Value);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
