using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Evaluates inputs, builds the activity, runs or resumes it, bounds the attempt by its time-out, and turns exceptions into failed attempts.</summary>
internal sealed class ActivityInvoker(WorkflowExecution execution)
{
    public async Task InvokeAsync(CompiledActivity activity, WorkItem item, ResumeInput? resume, CancellationToken cancellationToken)
    {
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        Dictionary<string, System.Text.Json.Nodes.JsonNode?> inputs;
        var secrets = activity.HasSecretInputs ? new List<string>() : null;
        try
        {
            inputs = await InputEvaluator.EvaluateAsync(activity, execution.Environment.Expressions, execution, secrets, cancellationToken);
        }
        catch (ExpressionException exception)
        {
            if (resume is null)
            {
                execution.Journal.Started(activity, item, null);
            }

            await execution.HandleResultAsync(item, activity, null, ActivityResult.Fail(exception.Message), startedAt, cancellationToken);
            return;
        }

        if (resume is null)
        {
            execution.Journal.Started(activity, item, InputEvaluator.ForJournal(activity, inputs));
        }

        var state = execution.State;
        var executionId = execution.ExecutionId(item);
        var context = new ActivityContext(activity.Node, executionId, item.Attempt, execution.Info, inputs, state.Variables, state.Trigger, execution.Environment.Services)
        {
            Secrets = secrets,
            Span = ActivitySpans.Start(activity, execution.Info, executionId, item.Attempt),
        };
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ValueTask<ActivityResult> pending;
        try
        {
            var instance = activity.Descriptor.Factory(execution.Environment.Services.Services);
            pending = resume is null ? instance.ExecuteAsync(context, cancellation.Token)
                : instance is IResumableActivity resumable ? resumable.ResumeAsync(context, resume, cancellation.Token)
                : ValueTask.FromResult(ActivityResult.Fail($"{activity.Type} cannot be resumed."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            pending = ValueTask.FromResult(Failure(exception));
        }

        if (pending.IsCompletedSuccessfully)
        {
            cancellation.Dispose();
            await execution.HandleResultAsync(item, activity, context, pending.Result, startedAt, cancellationToken);
            return;
        }

        var task = AwaitAsync(pending, activity.Timeout, cancellation, cancellationToken);
        execution.Track(new InFlight(item, activity, context, task, startedAt, cancellation));
    }

    private async Task<ActivityResult> AwaitAsync(ValueTask<ActivityResult> pending, TimeSpan? timeout, CancellationTokenSource cancellation, CancellationToken runToken)
    {
        try
        {
            var task = pending.AsTask();
            return timeout is { } limit
                ? await task.WaitAsync(limit, execution.Environment.Services.Time, runToken)
                : await task;
        }
        catch (TimeoutException)
        {
            await cancellation.CancelAsync();
            return ActivityResult.Fail($"The attempt timed out after {Durations.Format(timeout!.Value)}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !runToken.IsCancellationRequested)
        {
            return Failure(exception);
        }
    }

    private static ActivityResult Failure(Exception exception) => exception switch
    {
        ActivityInputException input => ActivityResult.Fail(input.Message),
        _ => ActivityResult.Fail($"{exception.GetType().Name}: {exception.Message}", exception),
    };
}
