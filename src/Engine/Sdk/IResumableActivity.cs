using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>An activity that suspends with a bookmark and is later resumed.</summary>
public interface IResumableActivity : IActivity
{
    /// <summary>
    /// Called when the activity's bookmark is resumed. The default completes through <c>Done</c> with
    /// <c>{ payload }</c> as outputs, or through <c>TimedOut</c> when the bookmark's time-out fired.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken) =>
        ValueTask.FromResult(resume.TimedOut
            ? ActivityResult.To(Port.TimedOut)
            : ActivityResult.To(Port.Done, new JsonObject { ["payload"] = resume.Payload?.DeepClone() }));
}
