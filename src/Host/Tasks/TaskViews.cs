using WorkflowPlatform.Activities.Tasks;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Tasks;

/// <summary>The tasks' rows as activities and the API show them (one shape for both).</summary>
internal static class TaskViews
{
    public static TeamTask Task(TaskRow row) =>
        new(row.Id, row.Title, row.Notes, row.LeadId, row.DealId, row.Assignee, row.Status, row.DueAt, row.WorkflowId, row.InstanceId,
            row.CreatedAt, row.UpdatedAt, row.DoneAt);
}
