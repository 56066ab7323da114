namespace WorkflowPlatform.Engine.Flow;

/// <summary>Asks whether queued, in-flight or suspended work (or a waiting loop or join) lies in or leads to part of the graph.</summary>
internal readonly struct PendingWork(WorkflowExecution execution)
{
    /// <summary>Work that may still arrive at <paramref name="target"/>; the target's own waiting state does not count.</summary>
    public bool Reaching(CompiledActivity target) => Any(activity => activity != target && activity.Reaches[target.Index], except: target);

    public bool Within(bool[]? body) => body is not null && Any(activity => body[activity.Index], except: null);

    private bool Any(Func<CompiledActivity, bool> matches, CompiledActivity? except)
    {
        var byId = execution.Workflow.ById;
        var state = execution.State;
        return state.Queue.Any(item => byId.TryGetValue(item.ActivityId, out var a) && (a == except || matches(a)))
               || execution.Instance.Bookmarks.Any(b => byId.TryGetValue(b.ActivityId, out var a) && matches(a))
               || state.Loops.Keys.Any(id => byId.TryGetValue(id, out var a) && matches(a))
               || state.Joins.Where(j => j.Value.Count > 0 && j.Key != except?.Id).Any(j => byId.TryGetValue(j.Key, out var a) && matches(a));
    }
}
