using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Cancels the branches a Join <c>any</c> no longer needs: queued, in-flight and suspended work that could still reach it.</summary>
internal readonly struct BranchCanceller(WorkflowExecution execution)
{
    public void CancelReaching(CompiledActivity join)
    {
        var byId = execution.Workflow.ById;
        bool Reaches(string activityId) => byId.TryGetValue(activityId, out var a) && a.Reaches[join.Index];

        foreach (var entry in execution.InFlightItems.Where(f => f.Activity.Reaches[join.Index]).ToArray())
        {
            execution.Untrack(entry);
            execution.Journal.Cancelled(entry.Activity, entry.Item);
        }

        var cancelled = execution.State.Queue.Where(item => Reaches(item.ActivityId)).ToList();
        foreach (var item in cancelled)
        {
            execution.State.Queue.Remove(item);
            if (item.Execution > 0 && byId.TryGetValue(item.ActivityId, out var activity))
            {
                execution.Journal.Cancelled(activity, item);
            }
        }

        var stillReady = execution.Ready.Where(item => !cancelled.Contains(item)).ToList();
        execution.Ready.Clear();
        stillReady.ForEach(execution.Ready.Enqueue);

        foreach (var bookmark in execution.Instance.Bookmarks.Where(b => Reaches(b.ActivityId)).ToList())
        {
            execution.Instance.Bookmarks.Remove(bookmark);
            execution.Delta.RemoveBookmark(bookmark);
            execution.Journal.Cancelled(byId[bookmark.ActivityId], new WorkItem(bookmark.ActivityId, bookmark.Execution, bookmark.Attempt));
        }

        foreach (var id in execution.State.Loops.Keys.Where(Reaches).ToList())
        {
            execution.State.Loops.Remove(id);
        }
    }
}
