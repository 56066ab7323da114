using WorkflowPlatform.Engine.Flow;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>One run of an instance on this worker: what it starts from and how it is committed.</summary>
internal sealed class Burst(WorkflowInstance instance, CompiledWorkflow workflow)
{
    public WorkflowInstance Instance { get; } = instance;
    public CompiledWorkflow Workflow { get; } = workflow;
    public TriggerStart? Trigger { get; init; }
    public IReadOnlyList<ResumeItem> Resumes { get; init; } = [];
    public IReadOnlyDictionary<Type, object>? Features { get; init; }

    /// <summary>False until the first commit inserts the instance.</summary>
    public bool Persisted { get; set; }

    /// <summary>
    /// The lease this burst holds: renewed while it runs and released with the final commit. A new instance is
    /// inserted holding it when it is committed before the burst ends (a checkpoint).
    /// </summary>
    public required string LeaseOwner { get; init; }
}
