using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary>
/// <c>POST /api/agents/{id}/run</c>: runs a published workflow like <c>run</c>, and with
/// <c>Accept: text/event-stream</c> streams it: <c>activity</c> (journal lines), <c>token</c> (LLM text as it
/// streams), <c>tool</c> (an agent's tool call as it ends), <c>output</c>, then <c>done</c> with <c>executionId</c>,
/// <c>latencyMs</c>, <c>tokensUsed</c> and <c>costUsd</c>. Without it, one JSON answer with the same figures.
/// </summary>
internal static class AgentEndpoints
{
    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/agents/{id}/run", RunAsync).RequireRole(Role.Runner).WithTags("Running");
        return api;
    }

    private static async Task<IResult> RunAsync(string id, HttpContext http, WorkflowRuntime runtime, IDefinitionStore definitions)
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
        if (await definitions.GetPublishedAsync(caller.TenantId, id, http.RequestAborted) is null)
        {
            return Problems.NotFound($"Agent workflow '{id}' has no published version.");
        }

        var stream = new AgentRunStream();
        var started = Stopwatch.GetTimestamp();
        var run = runtime.StartAsync(new StartRequest
        {
            TenantId = caller.TenantId,
            DefinitionId = id,
            Input = body["input"]?.DeepClone() as JsonObject,
            CorrelationId = body["correlationId"] is JsonValue correlation ? correlation.ToString() : null,
            Features = new Dictionary<Type, object> { [typeof(AgentRunStream)] = stream },
        }, CancellationToken.None); // the run goes on if the client leaves
        _ = run.ContinueWith(_ => stream.Complete(), TaskScheduler.Default);

        if (!http.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            var result = await run;
            return Results.Ok(Summary(result, stream, started));
        }

        await StreamAsync(http, stream, run, started);
        return Results.Empty;
    }

    private static async Task StreamAsync(HttpContext http, AgentRunStream stream, Task<RunResult> run, long started)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        try
        {
            await foreach (var item in stream.Events.ReadAllAsync(http.RequestAborted))
            {
                await WriteAsync(response, item.Kind, item.Data, http.RequestAborted);
            }

            var result = await run;
            await WriteAsync(response, "output", JsonSerializer.SerializeToNode(result.Output, DefinitionJson.Options)!, http.RequestAborted);
            await WriteAsync(response, "done", Summary(result, stream, started), http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; the run finishes on its own.
        }
    }

    private static JsonObject Summary(RunResult result, AgentRunStream stream, long started) => new()
    {
        ["executionId"] = result.InstanceId,
        ["instanceId"] = result.InstanceId,
        ["status"] = result.Status.ToString(),
        ["output"] = JsonSerializer.SerializeToNode(result.Output, DefinitionJson.Options),
        ["latencyMs"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
        ["tokensUsed"] = stream.TokensUsed,
        ["costUsd"] = stream.CostUsd,
    };

    private static async Task WriteAsync(HttpResponse response, string kind, JsonNode data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {kind}\ndata: {data.ToJsonString()}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
