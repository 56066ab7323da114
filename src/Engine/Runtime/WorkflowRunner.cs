using Microsoft.Extensions.Logging;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Runs a burst of an instance and commits it: at checkpoints, and once at the end with the lease released.</summary>
internal sealed class WorkflowRunner(IInstanceStore store, ExpressionEngine expressions, IServiceProvider services, TimeProvider time, ILoggerFactory loggers, RuntimeOptions options)
{
    private readonly ILogger logger = loggers.CreateLogger("WorkflowPlatform.Workflow");
    private readonly LeaseKeeper leases = new(store, options, time, loggers.CreateLogger<LeaseKeeper>());

    /// <summary>Called after every commit with what it wrote (child starts, parent notifications, timer wake-ups).</summary>
    public Func<InstanceCommit, CancellationToken, Task>? AfterCommit { get; set; }

    public async Task<RunResult> RunAsync(Burst burst, CancellationToken cancellationToken)
    {
        var execution = Create(burst);
        var now = time.GetUtcNow();
        foreach (var resume in burst.Resumes)
        {
            EngineTelemetry.ResumeLag.Record((now - resume.CreatedAt).TotalMilliseconds);
        }

        using (leases.Hold(burst))
        {
            await execution.RunAsync(burst.Trigger, burst.Resumes, cancellationToken);
        }

        await CommitAsync(execution, burst, final: true, cancellationToken);
        var instance = burst.Instance;
        return new RunResult(instance.Id, instance.Status, instance.State.Output, instance);
    }

    public async Task<RunResult> CancelAsync(Burst burst, CancellationToken cancellationToken)
    {
        var execution = Create(burst);
        execution.Cancel();
        await CommitAsync(execution, burst, final: true, cancellationToken);
        return new RunResult(burst.Instance.Id, burst.Instance.Status, burst.Instance.State.Output, burst.Instance);
    }

    private void RecordMetrics(InstanceCommit commit, bool final)
    {
        var workflow = new KeyValuePair<string, object?>("workflow", commit.Instance.DefinitionId);
        if (commit.IsNew)
        {
            EngineTelemetry.InstancesStarted.Add(1, workflow);
        }

        if (final && commit.Instance.Status == WorkflowStatus.Finished)
        {
            EngineTelemetry.InstancesFinished.Add(1, workflow);
        }
        else if (final && commit.Instance.Status == WorkflowStatus.Faulted)
        {
            EngineTelemetry.InstancesFaulted.Add(1, workflow);
        }

        foreach (var entry in commit.Journal)
        {
            if (entry.DurationMs is { } duration && entry.Event != JournalEvent.Step) // a step's time is part of its activity's
            {
                EngineTelemetry.ActivityDuration.Record(duration, new KeyValuePair<string, object?>("type", entry.Type));
            }
        }
    }

    private WorkflowExecution Create(Burst burst)
    {
        var features = burst.Features ?? RunServices.NoFeatures;
        var environment = new ExecutionEnvironment
        {
            Expressions = expressions,
            Services = new RunServices(services, logger, time, features),
            Checkpoint = (execution, ct) => CommitAsync(execution, burst, final: false, ct),
        };
        return new WorkflowExecution(burst.Instance, burst.Workflow, environment);
    }

    private async Task CommitAsync(WorkflowExecution execution, Burst burst, bool final, CancellationToken cancellationToken)
    {
        burst.Instance.UpdatedAt = time.GetUtcNow();
        var isNew = !burst.Persisted;
        var commit = execution.Delta.ToCommit(
            burst.Instance,
            isNew,
            releaseLeaseOf: final ? burst.LeaseOwner : null,
            insertWithLease: isNew && !final ? (burst.LeaseOwner, time.GetUtcNow() + options.LeaseDuration) : null);
        await store.CommitAsync(commit, cancellationToken);
        burst.Persisted = true;
        RecordMetrics(commit, final);
        execution.Delta.Clear();
        foreach (var feature in (burst.Features ?? RunServices.NoFeatures).Values.OfType<ICommitAware>())
        {
            feature.OnCommitted();
        }

        if (AfterCommit is { } afterCommit)
        {
            await afterCommit(commit, cancellationToken);
        }
    }
}
