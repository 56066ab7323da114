namespace WorkflowPlatform.Engine.Flow;

/// <summary>Asks whether queued, in-flight or suspended work (or a waiting loop or join) lies in or leads to part of the graph.</summary>
internal readonly struct PendingWork(WorkflowExecution execution)
{
    public bool Reaching(CompiledActivity target) => Any(activity => activity.Reaches[target.Index] || activity == target);

    public bool Within(bool[]? body) => body is not null && Any(activity => body[activity.Index]);

    private bool Any(Func<CompiledActivity, bool> matches)
    {
        var byId = execution.Workflow.ById;
        var state = execution.State;
        return state.Queue.Any(item => byId.TryGetValue(item.ActivityId, out var a) && matches(a))
               || execution.Instance.Bookmarks.Any(b => byId.TryGetValue(b.ActivityId, out var a) && matches(a))
               || state.Loops.Keys.Any(id => byId.TryGetValue(id, out var a) && matches(a))
               || state.Joins.Where(j => j.Value.Count > 0).Any(j => byId.TryGetValue(j.Key, out var a) && matches(a));
    }
}
