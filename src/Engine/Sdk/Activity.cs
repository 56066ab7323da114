namespace WorkflowPlatform.Engine.Sdk;

/// <summary>
/// Base for activities with typed inputs and outputs. The input and output records drive the descriptor
/// (and so the Studio's property panel); the engine binds evaluated inputs to <typeparamref name="TInput"/>.
/// </summary>
public abstract class Activity<TInput, TOutput> : IActivity
    where TInput : class
    where TOutput : class
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context.GetInputs<TInput>(), context, cancellationToken);

    protected abstract ValueTask<ActivityResult> ExecuteAsync(TInput input, ActivityContext context, CancellationToken cancellationToken);

    protected static ActivityResult Complete(Port port, TOutput output) => ActivityResult.To(port, output);

    protected static ValueTask<ActivityResult> CompleteNow(Port port, TOutput output) => ValueTask.FromResult(ActivityResult.To(port, output));
}

/// <summary>An activity without inputs or without outputs uses this type in that position.</summary>
public sealed record None;
