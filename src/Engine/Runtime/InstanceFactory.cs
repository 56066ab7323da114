using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Flow;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Creates a new instance: checks required inputs, applies input and variable defaults, queues the start.</summary>
internal static class InstanceFactory
{
    public static WorkflowInstance Create(CompiledWorkflow workflow, string tenantId, StartRequest request, DateTimeOffset now)
    {
        var definition = workflow.Definition;
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Bookmarks.NewId(),
            TenantId = tenantId,
            DefinitionId = definition.Id,
            Version = definition.Version,
            CorrelationId = request.CorrelationId,
            CreatedAt = now,
            UpdatedAt = now,
        };

        var state = instance.State;
        foreach (var (name, value) in request.Input ?? [])
        {
            state.Input[name] = value?.DeepClone();
        }

        var missing = new List<string>();
        foreach (var parameter in definition.Inputs)
        {
            if (state.Input.TryGetValue(parameter.Name, out var given) && given is not null)
            {
                continue;
            }

            if (parameter.Default is not null)
            {
                state.Input[parameter.Name] = parameter.Default.DeepClone();
            }
            else if (parameter.Required)
            {
                missing.Add(parameter.Name);
            }
        }

        if (missing.Count > 0)
        {
            throw new WorkflowRunException($"Missing required input: {string.Join(", ", missing)}.");
        }

        foreach (var variable in definition.Variables)
        {
            state.Variables[variable.Name] = variable.Default?.DeepClone();
        }

        state.Trigger = request.Trigger?.DeepClone();
        state.Parent = request.Parent;
        if (request.TriggerActivityId is null)
        {
            foreach (var start in workflow.DefaultStart().Where(a => a.Descriptor.Kind != Sdk.ActivityKind.Trigger))
            {
                state.Queue.Add(new WorkItem(start.Id));
            }
        }

        return instance;
    }

    /// <summary>The trigger activity the run starts at, completed with the trigger scope as its outputs.</summary>
    public static TriggerStart? TriggerOf(CompiledWorkflow workflow, StartRequest request)
    {
        var activityId = request.TriggerActivityId
                         ?? workflow.DefaultStart().FirstOrDefault(a => a.Descriptor.Kind == Sdk.ActivityKind.Trigger)?.Id;
        return activityId is null ? null : new TriggerStart(activityId, request.Trigger?.DeepClone() as JsonObject);
    }
}
