using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary>Starts published workflows and publishes events.</summary>
internal static class RunEndpoints
{
    private const int MaxWaitSeconds = 60;

    public static RouteGroupBuilder MapRunEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/workflows/{id}/run", RunAsync).RequireRole(Role.Runner).WithTags("Running");
        api.MapPost("/events/{name}", PublishEventAsync).RequireRole(Role.Runner).WithTags("Running");
        return api;
    }

    private static async Task<IResult> RunAsync(string id, double? wait, HttpContext http, WorkflowRuntime runtime, IInstanceStore instances, TimeProvider time)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (body!["input"] is { } input && input is not JsonObject)
        {
            return Problems.Invalid([new("input", "input must be a JSON object.")], "The run request is not valid.");
        }

        var caller = Caller.Of(http);
        var result = await runtime.StartAsync(new StartRequest
        {
            TenantId = caller.TenantId,
            DefinitionId = id,
            Input = body["input"]?.DeepClone() as JsonObject,
            CorrelationId = body["correlationId"]?.ToString(),
        }, http.RequestAborted);

        var (status, output) = (result.Status, result.Output);
        if (wait is > 0 && !IsEnded(status))
        {
            var ended = await WaitForEndAsync(instances, caller.TenantId, result.InstanceId, TimeSpan.FromSeconds(Math.Min(wait.Value, MaxWaitSeconds)), time, http.RequestAborted);
            (status, output) = ended is null ? (status, output) : (ended.Status, ended.State.Output);
        }

        var answer = new { instanceId = result.InstanceId, status = status.ToString(), output };
        return IsEnded(status) ? Results.Ok(answer) : Results.Accepted($"/api/instances/{result.InstanceId}", answer);
    }

    private static async Task<IResult> PublishEventAsync(string name, HttpContext http, IEventPublisher events)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var correlationId = body!["correlationId"] is JsonValue value ? value.ToString() : null;
        var result = await events.PublishAsync(Caller.Of(http).TenantId, name, correlationId, body["payload"]?.DeepClone(), http.RequestAborted);
        return Results.Ok(new { resumed = result.Resumed, started = result.Started });
    }

    private static bool IsEnded(WorkflowStatus status) => status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled;

    private static async Task<WorkflowInstance?> WaitForEndAsync(IInstanceStore instances, string tenantId, string instanceId, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        WorkflowInstance? instance = null;
        while (time.GetUtcNow() < deadline)
        {
            instance = await instances.FindAsync(tenantId, instanceId, cancellationToken);
            if (instance is not null && IsEnded(instance.Status))
            {
                return instance;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
        }

        return instance;
    }
}
