namespace WorkflowPlatform.Activities.Tasks;

/// <summary>A tenant's follow-up tasks; the host implements it over its store.</summary>
public interface ITeamTasks
{
    /// <summary>Creates the task of this execution: created on the first call, the same task on every later call.</summary>
    Task<TeamTask> CreateAsync(string tenantId, NewTeamTask task, CancellationToken cancellationToken);
}
