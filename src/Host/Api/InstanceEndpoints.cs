using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary>Instances: query, detail, journal (and its live stream), cancel and retry.</summary>
internal static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/instances").WithTags("Instances");
        instances.MapGet("/", QueryAsync);
        instances.MapGet("/{id}", async (string id, HttpContext http, IInstanceStore store) =>
            await store.FindAsync(Caller.Of(http).TenantId, id, http.RequestAborted) is { } instance
                ? Results.Ok(InstanceView.From(instance))
                : Problems.NotFound($"Instance {id} was not found."));
        instances.MapGet("/{id}/journal", JournalAsync);
        instances.MapGet("/{id}/stream", JournalStream.StreamAsync);
        instances.MapPost("/{id}/cancel", (string id, HttpContext http, WorkflowRuntime runtime) =>
            ControlAsync(id, http, runtime.CancelAsync)).RequireRole(Role.Runner);
        instances.MapPost("/{id}/retry", (string id, HttpContext http, WorkflowRuntime runtime) =>
            ControlAsync(id, http, runtime.RetryAsync)).RequireRole(Role.Runner);
        return api;
    }

    private static async Task<IResult> QueryAsync(
        HttpContext http, IInstanceStore store, string? workflowId, string? status, string? correlationId, DateTimeOffset? from, DateTimeOffset? to, string? cursor, int? limit)
    {
        WorkflowStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var value))
            {
                return Problems.BadRequest($"Unknown status '{status}'; use one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
            }

            parsed = value;
        }

        var query = new InstanceQuery { WorkflowId = workflowId, Status = parsed, CorrelationId = correlationId, From = from, To = to, Cursor = cursor, Limit = Math.Clamp(limit ?? 50, 1, 500) };
        try
        {
            var page = await store.QueryAsync(Caller.Of(http).TenantId, query, http.RequestAborted);
            return Results.Ok(new { items = page.Items, nextCursor = page.NextCursor });
        }
        catch (FormatException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    private static async Task<IResult> JournalAsync(string id, HttpContext http, IInstanceStore store)
    {
        var tenant = Caller.Of(http).TenantId;
        if (await store.FindAsync(tenant, id, http.RequestAborted) is null)
        {
            return Problems.NotFound($"Instance {id} was not found.");
        }

        return Results.Ok(await store.GetJournalAsync(tenant, id, 0, 100_000, http.RequestAborted));
    }

    private static async Task<IResult> ControlAsync(string id, HttpContext http, Func<string, string, CancellationToken, Task<RunResult?>> action)
    {
        var result = await action(Caller.Of(http).TenantId, id, http.RequestAborted);
        return result is null
            ? Problems.Conflict($"Instance {id} is being run by another worker; try again shortly.")
            : Results.Ok(new { instanceId = result.InstanceId, status = result.Status.ToString(), output = result.Output });
    }
}
