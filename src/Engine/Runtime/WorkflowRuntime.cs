using Microsoft.Extensions.Options;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Starts, continues, cancels and retries instances; each burst runs under the instance's lock and lease.</summary>
public sealed class WorkflowRuntime : IWorkflowStarter
{
    private readonly IDefinitionStore definitions;
    private readonly IInstanceStore instances;
    private readonly WorkflowCache cache;
    private readonly WorkflowRunner runner;
    private readonly InstanceLocks locks;
    private readonly RuntimeOptions options;
    private readonly TimeProvider time;
    private readonly IRunAdmission? admission;

    internal WorkflowRuntime(IDefinitionStore definitions, IInstanceStore instances, WorkflowCache cache, WorkflowRunner runner, InstanceLocks locks, IOptions<RuntimeOptions> options, TimeProvider time, IRunAdmission? admission)
    {
        this.admission = admission;
        this.definitions = definitions;
        this.instances = instances;
        this.cache = cache;
        this.runner = runner;
        this.locks = locks;
        this.options = options.Value;
        this.time = time;
    }

    /// <summary>Creates an instance and runs it here until it suspends or ends (or writes its HTTP response).</summary>
    public async Task<RunResult> StartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        var workflow = request.Version is { } known && cache.TryGet(request.TenantId, request.DefinitionId, known, out var cached)
            ? cached
            : cache.Get(await FindDefinitionAsync(request, cancellationToken));
        if (admission is not null)
        {
            await admission.AdmitAsync(request.TenantId, cancellationToken);
        }

        var instance = InstanceFactory.Create(workflow, request.TenantId, request, time.GetUtcNow());
        var burst = new Burst(instance, workflow) { Trigger = InstanceFactory.TriggerOf(workflow, request), Features = request.Features, LeaseOwner = options.WorkerId };

        // Held so that a resume of a bookmark committed at a checkpoint waits for this burst to end.
        using var gate = await locks.AcquireAsync(instance.Id, cancellationToken);
        return await runner.RunAsync(burst, cancellationToken);
    }

    /// <summary>
    /// Applies the instance's pending resumes and runs its queue. A queue without resumes is run only when the
    /// instance has been quiet for a lease period (its worker died); a fresh one is still being run inline.
    /// </summary>
    /// <remarks> Null when another worker holds it or there is nothing to do.</remarks>
    public Task<RunResult?> ProcessAsync(string tenantId, string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(tenantId, instanceId, async (instance, lease) =>
        {
            var resumes = await instances.GetResumesAsync(instanceId, cancellationToken);
            var recentlyActive = instance.UpdatedAt > time.GetUtcNow() - options.LeaseDuration;
            if (instance.Status is WorkflowStatus.Faulted || (resumes.Count == 0 && (instance.State.Queue.Count == 0 || recentlyActive)))
            {
                return null;
            }

            var burst = new Burst(instance, await CompiledAsync(instance, cancellationToken)) { Resumes = resumes, LeaseOwner = lease, Persisted = true };
            return instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled
                ? await runner.CancelAsync(burst, cancellationToken)
                : await runner.RunAsync(burst, cancellationToken);
        }, cancellationToken);

    /// <summary>Cancels a running or suspended instance; false when it has already ended.</summary>
    public Task<RunResult?> CancelAsync(string tenantId, string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(tenantId, instanceId, async (instance, lease) =>
        {
            if (instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled or WorkflowStatus.Faulted)
            {
                throw new WorkflowRunException($"Instance {instanceId} has already ended ({instance.Status}).", WorkflowRunError.Conflict);
            }

            var burst = new Burst(instance, await CompiledAsync(instance, cancellationToken)) { LeaseOwner = lease, Persisted = true };
            return await runner.CancelAsync(burst, cancellationToken);
        }, cancellationToken);

    /// <summary>Resumes a faulted instance from the activity that faulted it, with its attempts counted afresh.</summary>
    public Task<RunResult?> RetryAsync(string tenantId, string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(tenantId, instanceId, async (instance, lease) =>
        {
            if (instance.Status != WorkflowStatus.Faulted || instance.State.Incidents.Count == 0)
            {
                throw new WorkflowRunException($"Only a faulted instance can be retried; instance {instanceId} is {instance.Status}.", WorkflowRunError.Conflict);
            }

            var incident = instance.State.Incidents[^1];
            instance.State.Queue.Add(new WorkItem(incident.ActivityId, incident.Execution, Attempt: 1));
            var burst = new Burst(instance, await CompiledAsync(instance, cancellationToken)) { LeaseOwner = lease, Persisted = true };
            return await runner.RunAsync(burst, cancellationToken);
        }, cancellationToken);

    private async Task<RunResult?> WithInstanceAsync(string tenantId, string instanceId, Func<WorkflowInstance, string, Task<RunResult?>> work, CancellationToken cancellationToken)
    {
        using var gate = await locks.AcquireAsync(instanceId, cancellationToken);
        var now = time.GetUtcNow();
        var owner = options.WorkerId;

        // Lease first, then read: what is read under the lease is what no other worker can change.
        if (!await instances.TryAcquireLeaseAsync(instanceId, owner, now + options.LeaseDuration, now, cancellationToken))
        {
            return await instances.FindAsync(tenantId, instanceId, cancellationToken) is null
                ? throw new WorkflowRunException($"Instance {instanceId} was not found.", WorkflowRunError.NotFound)
                : null;
        }

        try
        {
            var instance = await instances.FindAsync(tenantId, instanceId, cancellationToken)
                           ?? throw new WorkflowRunException($"Instance {instanceId} was not found.", WorkflowRunError.NotFound);
            var result = await work(instance, owner);
            if (result is null)
            {
                await instances.ReleaseLeaseAsync(instanceId, owner, CancellationToken.None);
            }

            return result;
        }
        catch
        {
            await instances.ReleaseLeaseAsync(instanceId, owner, CancellationToken.None);
            throw;
        }
    }

    private async Task<StoredDefinition> FindDefinitionAsync(StartRequest request, CancellationToken cancellationToken)
    {
        var stored = request.Version is { } version
            ? await definitions.GetAsync(request.TenantId, request.DefinitionId, version, cancellationToken, includeDeleted: true)
            : await definitions.GetPublishedAsync(request.TenantId, request.DefinitionId, cancellationToken);
        return stored ?? throw new WorkflowRunException(
            request.Version is null ? $"Workflow '{request.DefinitionId}' has no published version." : $"Workflow '{request.DefinitionId}' has no version {request.Version}.",
            WorkflowRunError.NotFound);
    }

    private async Task<Flow.CompiledWorkflow> CompiledAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (cache.TryGet(instance.TenantId, instance.DefinitionId, instance.Version, out var cached))
        {
            return cached;
        }

        var stored = await definitions.GetAsync(instance.TenantId, instance.DefinitionId, instance.Version, cancellationToken, includeDeleted: true)
                     ?? throw new WorkflowRunException($"Workflow '{instance.DefinitionId}' version {instance.Version} no longer exists.", WorkflowRunError.NotFound);
        return cache.Get(stored);
    }
}
