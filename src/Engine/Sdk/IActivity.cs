namespace WorkflowPlatform.Engine.Sdk;

/// <summary>
/// An activity's behaviour. Instances are built by DI for each execution; they complete with an outcome,
/// suspend with a bookmark, or fail. Scheduling, retries and persistence are the engine's business.
/// </summary>
public interface IActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
