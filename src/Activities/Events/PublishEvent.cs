using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Events;

/// <summary>
/// Publishes a named event in the instance's tenant: instances waiting on it resume and workflows it triggers start.
/// A retried attempt publishes again, so consumers should treat the payload idempotently.
/// </summary>
[Activity("PublishEvent", Category = "Events", DisplayName = "Publish event", Description = "Publishes an event that resumes waiting instances and starts Event-triggered workflows.", Icon = "megaphone", HasSideEffects = true)]
public sealed class PublishEvent : Activity<PublishEvent.Input, PublishEvent.Output>
{
    public sealed record Input(string Name, string? CorrelationId = null, JsonNode? Payload = null);

    public sealed record Output(int Resumed, int Started);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var events = context.Services.GetRequiredService<IEventPublisher>();
        var result = await events.PublishAsync(context.Workflow.TenantId, input.Name, input.CorrelationId, input.Payload?.DeepClone(), cancellationToken);
        return Complete(Port.Done, new Output(result.Resumed, result.Started));
    }
}
