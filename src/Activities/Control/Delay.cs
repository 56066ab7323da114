using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Control;

/// <summary>Waits for a duration or until a time, as a durable timer (a bookmark row, not a thread).</summary>
[Activity("Delay", Category = "Control", DisplayName = "Delay", Description = "Waits for a duration (ISO-8601) or until a date-time.", Icon = "timer", Kind = ActivityKind.Blocking)]
public sealed class Delay : Activity<Delay.Input, None>, IResumableActivity
{
    public sealed record Input([Input(Type = "duration", Description = "ISO-8601, such as PT30S.")] string? Duration = null, DateTimeOffset? Until = null);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        DateTimeOffset due;
        if (input.Until is { } until)
        {
            due = until;
        }
        else if (Durations.TryParse(input.Duration, out var duration))
        {
            due = now + duration;
        }
        else
        {
            return ValueTask.FromResult(ActivityResult.Fail($"Delay needs 'duration' as an ISO-8601 duration such as PT30S, or 'until'; got '{input.Duration}'."));
        }

        return ValueTask.FromResult(due <= now
            ? ActivityResult.Done
            : ActivityResult.Suspend(new BookmarkRequest { Kind = BookmarkKinds.Timer, DueAt = due }));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Done);
}
