using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Resumes instances waiting on an event (name and correlation id) and starts workflows whose <c>Event</c> trigger names it.</summary>
internal sealed class EventPublisher(IInstanceStore store, BookmarkResumer resumer, TriggerIndex triggers, IServiceProvider services) : IEventPublisher
{
    public const string TriggerType = "Event";

    public async Task<EventResult> PublishAsync(string tenantId, string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var trigger = new JsonObject { ["name"] = name, ["correlationId"] = correlationId, ["payload"] = payload?.DeepClone() };
        var resumed = 0;
        foreach (var bookmark in await store.FindBookmarksAsync(tenantId, BookmarkKinds.Event, EventKeys.For(name, correlationId), cancellationToken))
        {
            if (await resumer.ResumeAsync(bookmark, payload, trigger, timedOut: false, cancellationToken))
            {
                resumed++;
            }
        }

        var started = 0;
        var starter = services.GetRequiredService<IWorkflowStarter>();
        foreach (var entry in (await triggers.GetAsync(cancellationToken)).Where(t => t.TenantId == tenantId && t.Type == TriggerType && t.LiteralString("name") == name))
        {
            await starter.StartAsync(new StartRequest
            {
                TenantId = tenantId,
                DefinitionId = entry.DefinitionId,
                Version = entry.Version,
                CorrelationId = correlationId,
                Trigger = trigger.DeepClone(),
                TriggerActivityId = entry.Activity.Id,
            }, cancellationToken);
            started++;
        }

        return new EventResult(resumed, started);
    }
}
