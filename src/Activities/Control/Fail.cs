using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Fails on purpose; the instance faults with the message (or is retried per the activity's policy).</summary>
[Activity("Fail", Category = "Control", DisplayName = "Fail", Description = "Faults the instance with a message.", Icon = "error", Terminal = true)]
public sealed class Fail : Activity<Fail.Input, None>
{
    public sealed record Input(string Message);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Fail(input.Message));
}
