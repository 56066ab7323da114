using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>
/// One burst of an instance: runs scheduled activities until nothing is ready, in flight or releasable.
/// Activity results are applied on this loop only; branches waiting on I/O overlap as tasks.
/// </summary>
public sealed class WorkflowExecution : IExpressionScope
{
    private readonly Queue<WorkItem> ready = new();
    private readonly List<InFlight> inFlight = [];
    private readonly ControlFlow control;
    private readonly ActivityInvoker invoker;
    private long revision;

    public WorkflowExecution(WorkflowInstance instance, CompiledWorkflow workflow, ExecutionEnvironment environment)
    {
        Instance = instance;
        Workflow = workflow;
        Environment = environment;
        Info = new WorkflowInfo(instance.Id, instance.DefinitionId, instance.Version, instance.CorrelationId, instance.TenantId);
        control = new ControlFlow(this);
        invoker = new ActivityInvoker(this);
        foreach (var feature in environment.Services.Features.Values)
        {
            Observer ??= feature as IRunObserver;
        }
    }

    public WorkflowInstance Instance { get; }
    public CompiledWorkflow Workflow { get; }
    public ExecutionEnvironment Environment { get; }
    public ExecutionDelta Delta { get; } = new();
    public bool Faulted { get; private set; }

    internal InstanceState State => Instance.State;
    internal WorkflowInfo Info { get; }
    internal Journal Journal => new(this);
    internal IReadOnlyList<InFlight> InFlightItems => inFlight;
    internal Queue<WorkItem> Ready => ready;

    /// <summary>The run feature that watches the journal, if the run has one.</summary>
    internal IRunObserver? Observer { get; }

    IReadOnlyDictionary<string, JsonNode?> IExpressionScope.Input => State.Input;
    IReadOnlyDictionary<string, JsonNode?> IExpressionScope.Variables => State.Variables;
    IReadOnlyDictionary<string, JsonObject?> IExpressionScope.Outputs => State.ActivityOutputs;
    JsonNode? IExpressionScope.Trigger => State.Trigger;
    WorkflowInfo IExpressionScope.Workflow => Info;
    long IExpressionScope.Revision => revision;

    internal DateTimeOffset Now => Environment.Services.Time.GetUtcNow();

    /// <summary>Runs the burst: completes the starting trigger, applies resumes, then pumps the queue to quiescence.</summary>
    public async Task RunAsync(TriggerStart? trigger, IReadOnlyList<ResumeItem> resumes, CancellationToken cancellationToken)
    {
        Instance.Status = WorkflowStatus.Running;
        foreach (var item in State.Queue)
        {
            ready.Enqueue(item);
        }

        if (trigger is not null && Workflow.ById.TryGetValue(trigger.ActivityId, out var start))
        {
            var item = AssignExecution(new WorkItem(start.Id));
            Journal.Started(start, item, null);
            Complete(start, item, null, Port.Done, trigger.Outputs, 0);
        }

        foreach (var resume in resumes)
        {
            await ApplyResumeAsync(resume, cancellationToken);
        }

        await PumpAsync(cancellationToken);
        Instance.Status = Faulted ? WorkflowStatus.Faulted
            : State.Queue.Count == 0 && Instance.Bookmarks.Count == 0 ? WorkflowStatus.Finished
            : WorkflowStatus.Suspended;
        Instance.UpdatedAt = Now;
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            while (!Faulted && ready.TryDequeue(out var item))
            {
                await StartAsync(item, cancellationToken);
            }

            if (inFlight.Count > 0)
            {
                var finished = await Task.WhenAny(inFlight.Select(f => f.Task));
                var entry = inFlight.First(f => f.Task == finished);
                inFlight.Remove(entry);
                entry.Cancellation.Dispose();
                await HandleResultAsync(entry.Item, entry.Activity, entry.Context, await finished, entry.StartedAt, cancellationToken);
                continue;
            }

            if (Faulted || !control.ReleaseWaiting())
            {
                return;
            }
        }
    }

    private async Task StartAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (!Workflow.ById.TryGetValue(item.ActivityId, out var activity))
        {
            State.Queue.Remove(item);
            return;
        }

        if (++State.Steps > Workflow.MaxSteps)
        {
            State.Queue.Remove(item);
            Fault(activity, item, $"The instance exceeded maxSteps ({Workflow.MaxSteps}); is a loop running away?");
            return;
        }

        if (activity.Descriptor.ClrType == typeof(Join))
        {
            control.Arrive(activity, item);
            return;
        }

        if (activity.Descriptor.ClrType == typeof(ForEach))
        {
            await control.VisitForEachAsync(activity, item, cancellationToken);
            return;
        }

        item = AssignExecution(item);
        await invoker.InvokeAsync(activity, item, resume: null, cancellationToken);
    }

    private async Task ApplyResumeAsync(ResumeItem resume, CancellationToken cancellationToken)
    {
        Delta.AppliedResumeIds.Add(resume.Id);
        var bookmark = resume.Bookmark;
        Instance.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (!Workflow.ById.TryGetValue(bookmark.ActivityId, out var activity))
        {
            return;
        }

        if (resume.Trigger is not null)
        {
            State.Trigger = resume.Trigger;
            Touch();
        }

        var item = new WorkItem(bookmark.ActivityId, bookmark.Execution, bookmark.Attempt);
        if (bookmark.Kind == BookmarkKinds.Retry)
        {
            Schedule(item);
            return;
        }

        Journal.Resumed(activity, item);
        await invoker.InvokeAsync(activity, item, new ResumeInput(resume.Payload, resume.TimedOut, bookmark.Data), cancellationToken);
    }

    /// <summary>Cancels the instance: its bookmarks and queued work are dropped.</summary>
    public void Cancel() => Cancellation.Cancel(this);

    internal void Track(InFlight entry) => inFlight.Add(entry);

    /// <summary>Stops waiting for a cancelled branch; its result, whenever it comes, is ignored.</summary>
    internal void Untrack(InFlight entry)
    {
        inFlight.Remove(entry);
        State.Queue.Remove(entry.Item);
        entry.Cancellation.Cancel();
        _ = entry.Task.ContinueWith(static (t, cts) => ((CancellationTokenSource)cts!).Dispose(), entry.Cancellation, TaskScheduler.Default);
    }

    internal async Task HandleResultAsync(WorkItem item, CompiledActivity activity, ActivityContext? context, ActivityResult result, long startedAt, CancellationToken cancellationToken)
    {
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        State.Queue.Remove(item);
        result = SecretScrubber.Scrub(result, context?.Secrets);
        ActivitySpans.End(context?.Span, result);
        foreach (var step in context?.TakeSteps() ?? [])
        {
            Journal.Step(activity, item, SecretScrubber.Scrub(step, context!.Secrets));
        }

        switch (result.Kind)
        {
            case ActivityResultKind.Completed:
                Complete(activity, item, context, result.Port, result.Outputs, elapsed);

                // A side effect is committed before the flow goes on (so a crash does not repeat it), and so is
                // what an activity needs durable now (an HTTP answer); with nothing left to run, the final commit does it.
                var commitNow = (activity.Descriptor.HasSideEffects && Workflow.CommitEveryActivity) || context?.CommitRequested == true;
                if (commitNow && (ready.Count > 0 || inFlight.Count > 0) && Environment.Checkpoint is { } checkpoint)
                {
                    await checkpoint(this, cancellationToken);
                }

                break;
            case ActivityResultKind.Suspended:
                Suspend(activity, item, result.Bookmark!, elapsed);
                break;
            default:
                Fail(activity, item, result.Error ?? "The activity failed.", result.Outputs, elapsed);
                break;
        }
    }

    internal void Complete(CompiledActivity activity, WorkItem item, ActivityContext? context, Port port, JsonObject? outputs, double elapsed)
    {
        foreach (var (name, value) in context?.VariableChanges ?? [])
        {
            State.Variables[name] = value;
        }

        foreach (var (name, value) in context?.OutputChanges ?? [])
        {
            State.Output[name] = value;
        }

        State.ActivityOutputs[activity.Id] = outputs;
        Touch();
        Journal.Completed(activity, item, port.Name, outputs, elapsed);
        ScheduleTargets(activity, port.Name);
    }

    private void Suspend(CompiledActivity activity, WorkItem item, BookmarkRequest request, double elapsed)
    {
        var bookmark = Bookmarks.Create(this, activity, item, request);
        Instance.Bookmarks.Add(bookmark);
        Delta.AddedBookmarks.Add(bookmark);
        if (bookmark.Token is not null)
        {
            State.ActivityOutputs[activity.Id] = new JsonObject { ["resumeToken"] = bookmark.Token };
            Touch();
        }

        Journal.Suspended(activity, item, bookmark, elapsed);
    }

    private void Fail(CompiledActivity activity, WorkItem item, string error, JsonObject? outputs, double elapsed)
    {
        var maxAttempts = activity.Retry?.MaxAttempts ?? 1;
        if (item.Attempt < maxAttempts)
        {
            var delay = RetryDelays.After(activity.Retry!, item.Attempt);
            var bookmark = Bookmarks.CreateRetry(this, activity, item, Now + delay, error);
            Instance.Bookmarks.Add(bookmark);
            Delta.AddedBookmarks.Add(bookmark);
            Journal.Retrying(activity, item, error, delay, elapsed);
            return;
        }

        if (activity.TargetsOf(Port.Failed.Name).Length > 0)
        {
            var failed = outputs ?? [];
            failed["error"] = error;
            State.ActivityOutputs[activity.Id] = failed;
            Touch();
            Journal.Faulted(activity, item, error, Port.Failed.Name, elapsed);
            ScheduleTargets(activity, Port.Failed.Name);
            return;
        }

        Fault(activity, item, error, elapsed);
    }

    internal void Fault(CompiledActivity activity, WorkItem item, string error, double elapsed = 0)
    {
        Faulted = true;
        State.Incidents.Add(new Incident(activity.Id, activity.Type, item.Execution, item.Attempt, error, Now));
        Journal.Faulted(activity, item, error, null, elapsed);
    }

    internal void ScheduleTargets(CompiledActivity activity, string port)
    {
        foreach (var target in activity.TargetsOf(port))
        {
            Schedule(new WorkItem(target.Id, From: activity.Id, Port: port));
        }
    }

    internal void Schedule(WorkItem item)
    {
        State.Queue.Add(item);
        ready.Enqueue(item);
    }

    internal WorkItem AssignExecution(WorkItem item)
    {
        if (item.Execution > 0)
        {
            return item;
        }

        var numbered = item with { Execution = NextExecution(item.ActivityId) };
        var index = State.Queue.IndexOf(item);
        if (index >= 0)
        {
            State.Queue[index] = numbered;
        }

        return numbered;
    }

    internal int NextExecution(string activityId)
    {
        var next = State.Executions.GetValueOrDefault(activityId) + 1;
        State.Executions[activityId] = next;
        return next;
    }

    internal string ExecutionId(WorkItem item) => $"{Instance.Id}:{item.ActivityId}:{item.Execution}";

    internal void Touch() => revision++;
}
