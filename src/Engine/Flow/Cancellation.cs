using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Cancels a whole instance: pending bookmarks are removed and queued work is dropped, each with a journal line.</summary>
internal static class Cancellation
{
    public static void Cancel(WorkflowExecution execution)
    {
        var byId = execution.Workflow.ById;
        foreach (var bookmark in execution.Instance.Bookmarks.ToList())
        {
            execution.Delta.RemoveBookmark(bookmark);
            if (byId.TryGetValue(bookmark.ActivityId, out var activity))
            {
                execution.Journal.Cancelled(activity, new WorkItem(bookmark.ActivityId, bookmark.Execution, bookmark.Attempt));
            }
        }

        foreach (var item in execution.State.Queue.Where(i => byId.ContainsKey(i.ActivityId)))
        {
            execution.Journal.Cancelled(byId[item.ActivityId], item);
        }

        execution.Instance.Bookmarks.Clear();
        execution.State.Queue.Clear();
        execution.State.Loops.Clear();
        execution.State.Joins.Clear();
        execution.Instance.Status = WorkflowStatus.Cancelled;
        execution.Instance.UpdatedAt = execution.Now;
    }
}
