using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Events;

/// <summary>
/// Waits for a named event with a correlation id (the instance's by default), or times out. It also issues a
/// resume token, so an outside system handed the instance's resume URL can answer through <c>POST /hooks/{token}</c>.
/// </summary>
[Activity("WaitForEvent", Category = "Events", DisplayName = "Wait for event", Description = "Waits for POST /api/events/{name} with the same correlation id.", Icon = "bell", Kind = ActivityKind.Blocking)]
public sealed class WaitForEvent : Activity<WaitForEvent.Input, WaitForEvent.Output>, IResumableActivity
{
    public static readonly Port Done = Port.Done;
    public static readonly Port TimedOut = Port.TimedOut;

    public sealed record Input(string Name, string? CorrelationId = null, [Input(Type = "duration")] string? Timeout = null);

    public sealed record Output(System.Text.Json.Nodes.JsonNode? Payload);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset? timeoutAt = null;
        if (input.Timeout is not null)
        {
            if (!Durations.TryParse(input.Timeout, out var timeout))
            {
                return ValueTask.FromResult(ActivityResult.Fail($"WaitForEvent 'timeout' must be an ISO-8601 duration such as PT10M; got '{input.Timeout}'."));
            }

            timeoutAt = context.Time.GetUtcNow() + timeout;
        }

        var correlationId = input.CorrelationId ?? context.Workflow.CorrelationId;
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest
        {
            Kind = BookmarkKinds.Event,
            Key = EventKeys.For(input.Name, correlationId),
            TimeoutAt = timeoutAt,
            IssueResumeToken = true,
        }));
    }
}
