using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>
/// <c>ANY /workflows/{**path}</c>: starts the published workflow whose HTTP endpoint matches (or resumes an instance
/// waiting mid-flow on that path). The answer is what <c>WriteHttpResponse</c> wrote, once committed; an instance
/// that suspends or ends before writing answers <c>202 { instanceId }</c>.
/// </summary>
internal static class HttpTriggerEndpoints
{
    public static IEndpointRouteBuilder MapHttpTriggers(this IEndpointRouteBuilder app)
    {
        app.Map("/workflows/{**path}", HandleAsync).WithTags("Triggers").ExcludeFromDescription();
        app.MapPost("/hooks/{token}", ResumeHookAsync).WithTags("Triggers");
        return app;
    }

    private static async Task<IResult> HandleAsync(
        string? path, HttpContext http, HttpRouteTable routes, HttpTriggerAuth auth, IdempotentRequests idempotency, WorkflowRuntime runtime, IInstanceStore instances, BookmarkResumer resumer)
    {
        var cancellationToken = http.RequestAborted;
        path ??= "";
        var match = await routes.MatchAsync(path, http.Request.Method, cancellationToken);
        if (match is null)
        {
            return await ResumeMidFlowAsync(path, http, instances, resumer);
        }

        var body = await HttpRequestScope.ReadBodyAsync(http.Request, cancellationToken);
        if (await auth.CheckAsync(match.Trigger, http.Request, body, cancellationToken) is { } denied)
        {
            return denied;
        }

        return IdempotentRequests.KeyOf(http.Request) is { } key
            ? await idempotency.ExecuteAsync(http, match.Trigger.TenantId, "trigger:" + key, body, async () => await StartAsync(match, path, body, http, runtime))
            : await StartAsync(match, path, body, http, runtime);
    }

    private static async Task<IResult> StartAsync(HttpRouteMatch match, string path, byte[] body, HttpContext http, WorkflowRuntime runtime)
    {
        var trigger = HttpRequestScope.Create(http.Request, path, match.RouteValues, body);
        var sink = new HttpResponseSink();
        var run = runtime.StartAsync(new StartRequest
        {
            TenantId = match.Trigger.TenantId,
            DefinitionId = match.Trigger.DefinitionId,
            Version = match.Trigger.Version,
            Trigger = trigger,
            TriggerActivityId = match.Trigger.Activity.Id,
            Features = new Dictionary<Type, object> { [typeof(HttpResponseSink)] = sink },
        }, CancellationToken.None); // the instance outlives the request once it has answered

        await Task.WhenAny(sink.Committed, run);
        if (sink.Committed.IsCompletedSuccessfully)
        {
            ObserveInBackground(run);
            return new WorkflowHttpResult(sink.Committed.Result);
        }

        var result = await run;
        return Results.Accepted($"/api/instances/{result.InstanceId}", new { instanceId = result.InstanceId, status = result.Status.ToString() });
    }

    /// <summary>An instance waiting on an <c>HttpEndpoint</c> mid-flow is resumed by a request to its path.</summary>
    private static async Task<IResult> ResumeMidFlowAsync(string path, HttpContext http, IInstanceStore instances, BookmarkResumer resumer)
    {
        // Mid-flow endpoints are looked up by exact path within the default tenant until tenants get their own routes.
        var bookmarks = await instances.FindBookmarksAsync("default", BookmarkKinds.Http, HttpRoutes.Normalize(path), http.RequestAborted);
        if (bookmarks.Count == 0)
        {
            return Problems.NotFound($"No published workflow answers {http.Request.Method} /workflows/{path}.");
        }

        var body = await HttpRequestScope.ReadBodyAsync(http.Request, http.RequestAborted);
        var trigger = HttpRequestScope.Create(http.Request, path, new Dictionary<string, string?>(), body);
        foreach (var bookmark in bookmarks)
        {
            if (await resumer.ResumeAsync(bookmark, trigger, trigger, timedOut: false, http.RequestAborted))
            {
                return Results.Accepted($"/api/instances/{bookmark.InstanceId}", new { instanceId = bookmark.InstanceId });
            }
        }

        return Problems.NotFound($"No instance is waiting on /workflows/{path} any more.");
    }

    private static async Task<IResult> ResumeHookAsync(string token, HttpContext http, IInstanceStore instances, BookmarkResumer resumer)
    {
        var bookmark = await instances.FindBookmarkByTokenAsync(token, http.RequestAborted);
        if (bookmark is null)
        {
            return Problems.NotFound("No instance is waiting on this hook (it may have been resumed already).");
        }

        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        JsonNode payload = body!;

        var trigger = new JsonObject { ["hook"] = true, ["body"] = payload?.DeepClone() };
        var resumed = await resumer.ResumeAsync(bookmark, payload, trigger, timedOut: false, http.RequestAborted);
        return resumed
            ? Results.Accepted($"/api/instances/{bookmark.InstanceId}", new { instanceId = bookmark.InstanceId, resumed })
            : Problems.NotFound("This hook was already used.");
    }

    private static void ObserveInBackground(Task<RunResult> run) =>
        _ = run.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
}
