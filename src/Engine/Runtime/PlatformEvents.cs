using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// The platform's own events: <c>workflow.started</c>, <c>workflow.finished</c>, <c>workflow.faulted</c> and
/// <c>incident.created</c>, sent on the bus after the commit that caused them, so that workflows with an
/// <c>Event</c> trigger can react to other workflows. An event nobody listens to is not sent at all. To rule out
/// loops (A reacts to B's end, B to A's), a workflow never reacts to its own events, and an instance that a
/// platform event started sends none itself.
/// </summary>
public sealed class PlatformEvents(TriggerIndex triggers, IWorkDispatcher dispatcher, IServiceProvider services)
{
    public const string Started = "workflow.started";
    public const string Finished = "workflow.finished";
    public const string Faulted = "workflow.faulted";
    public const string IncidentCreated = "incident.created";

    private static readonly HashSet<string> Names = [Started, Finished, Faulted, IncidentCreated];

    internal async Task OnCommittedAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        if (instance.State.Trigger?["name"] is JsonValue cause && cause.TryGetValue<string>(out var causeName) && Names.Contains(causeName))
        {
            return;
        }

        if (commit.IsNew)
        {
            await SendAsync(instance, Started, null, cancellationToken);
        }

        if (instance.Status == WorkflowStatus.Finished)
        {
            await SendAsync(instance, Finished, null, cancellationToken);
        }
        else if (instance.Status == WorkflowStatus.Faulted && instance.State.Incidents.LastOrDefault() is { } incident)
        {
            await SendAsync(instance, Faulted, incident.Message, cancellationToken);
            await SendAsync(instance, IncidentCreated, incident.Message, cancellationToken);
        }
    }

    /// <summary>Starts the workflows listening to the event (run by whichever process receives it).</summary>
    public async Task HandleAsync(PlatformEvent work, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["instanceId"] = work.InstanceId,
            ["workflowId"] = work.WorkflowId,
            ["version"] = work.Version,
            ["status"] = work.Status,
            ["error"] = work.Error,
        };
        var trigger = new JsonObject { ["name"] = work.Name, ["correlationId"] = work.CorrelationId, ["payload"] = payload };
        var starter = services.GetRequiredService<IWorkflowStarter>();
        foreach (var entry in await ListenersAsync(work.TenantId, work.Name, work.WorkflowId, cancellationToken))
        {
            await starter.StartAsync(new StartRequest
            {
                TenantId = work.TenantId,
                DefinitionId = entry.DefinitionId,
                Version = entry.Version,
                CorrelationId = work.CorrelationId,
                Trigger = trigger.DeepClone(),
                TriggerActivityId = entry.Activity.Id,
            }, cancellationToken);
        }
    }

    private async Task SendAsync(WorkflowInstance instance, string name, string? error, CancellationToken cancellationToken)
    {
        if ((await ListenersAsync(instance.TenantId, name, instance.DefinitionId, cancellationToken)).Count > 0)
        {
            await dispatcher.DispatchAsync(
                new PlatformEvent(instance.TenantId, name, instance.Id, instance.DefinitionId, instance.Version, instance.Status.ToString(), instance.CorrelationId, error),
                cancellationToken);
        }
    }

    private async Task<List<TriggerEntry>> ListenersAsync(string tenantId, string name, string exceptWorkflowId, CancellationToken cancellationToken) =>
        (await triggers.GetAsync(cancellationToken))
            .Where(t => t.TenantId == tenantId && t.Type == EventPublisher.TriggerType && t.DefinitionId != exceptWorkflowId && t.LiteralString("name") == name)
            .ToList();
}
