using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Appends journal lines for a burst; they are written with the burst's commit.</summary>
internal readonly struct Journal(WorkflowExecution execution)
{
    public void Started(CompiledActivity activity, WorkItem item, JsonObject? inputs) =>
        Add(activity, item, JournalEvent.Started, inputs: inputs);

    public void Completed(CompiledActivity activity, WorkItem item, string port, JsonObject? outputs, double elapsed) =>
        Add(activity, item, JournalEvent.Completed, outcome: port, outputs: outputs, durationMs: elapsed);

    public void Suspended(CompiledActivity activity, WorkItem item, Bookmark bookmark, double elapsed)
    {
        var outputs = new JsonObject { ["bookmark"] = bookmark.Kind };
        if (bookmark.FireAt is { } fireAt)
        {
            outputs["fireAt"] = fireAt;
        }

        Add(activity, item, JournalEvent.Suspended, outputs: outputs, durationMs: elapsed);
    }

    public void Resumed(CompiledActivity activity, WorkItem item) => Add(activity, item, JournalEvent.Resumed);

    public void Retrying(CompiledActivity activity, WorkItem item, string error, TimeSpan delay, double elapsed) =>
        Add(activity, item, JournalEvent.Retrying, error: error, durationMs: elapsed,
            outputs: new JsonObject { ["nextAttempt"] = item.Attempt + 1, ["delay"] = Durations.Format(delay), ["delayMs"] = delay.TotalMilliseconds });

    public void Faulted(CompiledActivity activity, WorkItem item, string error, string? port, double elapsed) =>
        Add(activity, item, JournalEvent.Faulted, outcome: port, error: error, durationMs: elapsed);

    public void Cancelled(CompiledActivity activity, WorkItem item) => Add(activity, item, JournalEvent.Cancelled);

    public void Step(CompiledActivity activity, WorkItem item, ActivityStep step) =>
        Add(activity, item, JournalEvent.Step, outcome: step.Kind, inputs: step.Inputs, outputs: step.Outputs, error: step.Error, durationMs: step.DurationMs, at: step.At);

    private void Add(
        CompiledActivity activity,
        WorkItem item,
        JournalEvent journalEvent,
        string? outcome = null,
        JsonObject? inputs = null,
        JsonObject? outputs = null,
        string? error = null,
        double? durationMs = null,
        DateTimeOffset? at = null)
    {
        var instance = execution.Instance;
        var entry = new JournalEntry
        {
            Seq = ++instance.JournalSeq,
            ActivityId = activity.Id,
            Type = activity.Type,
            Event = journalEvent,
            Attempt = item.Attempt,
            Execution = item.Execution,
            Outcome = outcome,
            At = at ?? execution.Now,
            DurationMs = durationMs,
            Inputs = inputs,
            Outputs = outputs?.DeepClone().AsObject(),
            Error = error,
        };
        execution.Delta.Journal.Add(entry);
        execution.Observer?.OnJournal(entry);
    }
}
