using WorkflowPlatform.Activities.Tasks;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Tasks;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>Follow-up tasks for the team: <c>/api/tasks</c> (viewers read, editors mark them done).</summary>
internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync);
        tasks.MapGet("/{id}", GetAsync);
        tasks.MapPost("/{id}/done", DoneAsync).RequireRole(Role.Editor);
        return api;
    }

    /// <summary>Newest first, filtered by status and lead.</summary>
    private static async Task<IResult> ListAsync(HttpContext http, TaskStore store, string? status, string? leadId, string? cursor, string? limit)
    {
        if ((ApiPages.LimitProblem(limit, out var size) ?? TaskVocabulary.StatusProblem(status)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var query = new TaskQuery { Status = status, LeadId = leadId, Cursor = cursor, Limit = size };
        return await ApiPages.PageAsync(() => store.ListAsync(Caller.Of(http).TenantId, query, http.RequestAborted), TaskViews.Task);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, TaskStore store) =>
        await store.GetAsync(Caller.Of(http).TenantId, id, http.RequestAborted) is { } task ? Results.Ok(TaskViews.Task(task)) : NotFound(id);

    /// <summary>Marks the task done; a task done already stays as it is (the same answer again).</summary>
    private static async Task<IResult> DoneAsync(string id, HttpContext http, TaskStore store) =>
        await store.MarkDoneAsync(Caller.Of(http).TenantId, id, http.RequestAborted) is { } task ? Results.Ok(TaskViews.Task(task)) : NotFound(id);

    private static IResult NotFound(string id) => Problems.NotFound($"Task '{id}' was not found.");
}
