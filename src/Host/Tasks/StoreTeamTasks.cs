using WorkflowPlatform.Activities.Tasks;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Tasks;

/// <summary>The task activity's <see cref="ITeamTasks"/> over the store.</summary>
internal sealed class StoreTeamTasks(TaskStore store) : ITeamTasks
{
    public async Task<TeamTask> CreateAsync(string tenantId, NewTeamTask task, CancellationToken cancellationToken)
    {
        var row = new TaskRow
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7().ToString("N"),
            ExecutionId = task.ExecutionId,
            InstanceId = task.InstanceId,
            WorkflowId = task.WorkflowId,
            Title = task.Title,
            Notes = task.Notes,
            LeadId = task.LeadId,
            DealId = task.DealId,
            Assignee = task.Assignee,
            DueAt = task.DueAt,
            Status = TaskStore.Open,
        };
        return TaskViews.Task(await store.CreateAsync(row, cancellationToken));
    }
}
