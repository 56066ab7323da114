namespace WorkflowPlatform.Activities.Tasks;

/// <summary>A follow-up for a person of the team as activities and the API show it; <c>status</c> is <c>open</c> or <c>done</c>.</summary>
public sealed record TeamTask(
    string Id,
    string Title,
    string? Notes,
    string? LeadId,
    string? DealId,
    string? Assignee,
    string Status,
    DateTimeOffset? DueAt,
    string? WorkflowId,
    string? InstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DoneAt);
