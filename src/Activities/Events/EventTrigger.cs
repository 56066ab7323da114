using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Events;

/// <summary>Starts the workflow when its event is published (<c>POST /api/events/{name}</c> or <c>PublishEvent</c>).</summary>
[Activity("Event", Category = "Events", DisplayName = "Event", Description = "Starts the workflow when the named event is published.", Icon = "zap", Kind = ActivityKind.Trigger)]
public sealed class EventTrigger : Activity<EventTrigger.Input, EventTrigger.Output>
{
    public sealed record Input([Input(SupportsExpressions = false)] string Name);

    public sealed record Output(JsonNode? Payload);

    /// <summary>Reached mid-flow rather than as the start, it passes straight through.</summary>
    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Done);
}
