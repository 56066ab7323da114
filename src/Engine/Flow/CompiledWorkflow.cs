using System.Collections.Frozen;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>A definition version parsed, validated and indexed once, then shared by every run of that version.</summary>
public sealed class CompiledWorkflow
{
    internal CompiledWorkflow(WorkflowDefinition definition, IReadOnlyList<CompiledActivity> activities)
    {
        Definition = definition;
        Activities = activities;
        ById = activities.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        Roots = activities.Where(a => a.InboundEdges.Count == 0).ToArray();
        MaxSteps = definition.Options.MaxSteps > 0 ? definition.Options.MaxSteps : WorkflowOptions.DefaultMaxSteps;
        CommitEveryActivity = definition.Options.Persistence != PersistenceMode.OnSuspend;
    }

    public WorkflowDefinition Definition { get; }
    public IReadOnlyList<CompiledActivity> Activities { get; }
    public FrozenDictionary<string, CompiledActivity> ById { get; }
    public IReadOnlyList<CompiledActivity> Roots { get; }
    public int MaxSteps { get; }
    public bool CommitEveryActivity { get; }

    /// <summary>
    /// Where a run without a specific trigger starts: the roots that are not triggers, else the first trigger root;
    /// a graph without roots (every activity in a cycle) starts at its first activity.
    /// </summary>
    public IReadOnlyList<CompiledActivity> DefaultStart()
    {
        var actions = Roots.Where(a => a.Descriptor.Kind != ActivityKind.Trigger).ToArray();
        return actions.Length > 0 ? actions
            : Roots.Count > 0 ? Roots.Take(1).ToArray()
            : Activities.Take(1).ToArray();
    }

    /// <summary>Trigger activities of a given type, for indexing at publish time.</summary>
    public IEnumerable<CompiledActivity> TriggersOfType(string type) =>
        Activities.Where(a => a.Descriptor.Kind == ActivityKind.Trigger && a.Type == type);
}
