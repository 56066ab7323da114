namespace WorkflowPlatform.Activities.Tasks;

/// <summary>A task to create for one activity execution; creating it again for the same execution finds the first.</summary>
public sealed record NewTeamTask(
    string ExecutionId,
    string? InstanceId,
    string? WorkflowId,
    string Title,
    string? Notes,
    string? LeadId,
    string? DealId,
    string? Assignee,
    DateTimeOffset? DueAt);
