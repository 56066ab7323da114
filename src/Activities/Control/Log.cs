using Microsoft.Extensions.Logging;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Writes a message to the host's log, tagged with the instance.</summary>
[Activity("Log", Category = "Control", DisplayName = "Log", Description = "Writes a message to the log.", Icon = "log")]
public sealed class Log : Activity<Log.Input, None>
{
    public sealed record Input(string Message, [Input(Options = ["trace", "debug", "information", "warning", "error"])] string Level = "information");

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var level = Enum.TryParse<LogLevel>(input.Level, ignoreCase: true, out var parsed) ? parsed : LogLevel.Information;
        context.Logger.Log(level, "{InstanceId} {ActivityId}: {Message}", context.Workflow.InstanceId, context.ActivityId, input.Message);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
