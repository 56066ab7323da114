using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Tests.Http;

/// <summary>SendHttpRequest against real loopback servers, through the client AddHttpActivities registers.</summary>
public sealed class SendHttpRequestTests
{
    /// <summary>One call; with <paramref name="failedPort"/>, its Failed port leads to keeping the error as the workflow output <c>error</c>.</summary>
    private static string CallFlow(string id, JsonObject inputs, bool failedPort = false, string? retry = null)
    {
        var call = new JsonObject { ["id"] = "call", ["type"] = "SendHttpRequest", ["inputs"] = inputs };
        if (retry is not null)
        {
            call["retry"] = JsonNode.Parse(retry);
        }

        var activities = new JsonArray(call);
        var connections = new JsonArray();
        if (failedPort)
        {
            activities.Add(JsonNode.Parse("""{ "id": "recover", "type": "SetOutput", "inputs": { "name": "error", "value": { "$js": "outputs.call.error" } } }"""));
            connections.Add(JsonNode.Parse("""{ "from": "call", "port": "Failed", "to": "recover" }"""));
        }

        return new JsonObject { ["id"] = id, ["activities"] = activities, ["connections"] = connections }.ToJsonString();
    }

    [Fact]
    public async Task Send_JsonAnswer_OutputsStatusHeadersAndParsedBody()
    {
        var received = new TaskCompletionSource<(string Method, string? ContentType, string? Tenant, string? Key, JsonNode? Body)>();
        await using var api = await Loopback.StartAsync(app => app.MapPost("/orders", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            received.TrySetResult((request.Method, request.ContentType, request.Headers["X-Tenant"], request.Headers["Idempotency-Key"].FirstOrDefault(), body));
            request.HttpContext.Response.Headers["X-Trace"] = "trace-1";
            return Results.Json(new { id = 7, sku = body!["sku"]!.GetValue<string>() }, statusCode: 201);
        }));
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("order", new JsonObject
        {
            ["url"] = api.Url + "/orders",
            ["method"] = "post",
            ["headers"] = new JsonObject { ["X-Tenant"] = "acme" },
            ["body"] = new JsonObject { ["sku"] = "A-1", ["qty"] = 2 },
        }));

        var run = await harness.StartAsync("order");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var sent = await received.Task;
        Assert.Equal(("POST", "acme", null), (sent.Method, sent.Tenant, sent.Key));
        Assert.StartsWith("application/json", sent.ContentType, StringComparison.Ordinal);
        Assert.Equal(2, sent.Body!["qty"]!.GetValue<int>());
        var outputs = run.Instance.State.ActivityOutputs["call"]!;
        Assert.Equal(201, outputs["statusCode"]!.GetValue<int>());
        Assert.Equal("trace-1", outputs["headers"]!["x-trace"]!.GetValue<string>());
        Assert.Equal((7, "A-1"), (outputs["body"]!["id"]!.GetValue<int>(), outputs["body"]!["sku"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Send_TextBodyAndTextAnswer_SendsTextPlainAndOutputsTheString()
    {
        await using var api = await Loopback.StartAsync(app => app.MapPut("/note", async (HttpRequest request) =>
            Results.Text($"{request.ContentType} | {await new StreamReader(request.Body).ReadToEndAsync()}", "text/plain")));
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("note", new JsonObject { ["url"] = api.Url + "/note", ["method"] = "PUT", ["body"] = "hello" }));

        var run = await harness.StartAsync("note");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("text/plain; charset=utf-8 | hello", run.Instance.State.ActivityOutputs["call"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_ServerError_FailedPortConnected_TakesFailedWithTheStatusAndAnswer()
    {
        await using var api = await Loopback.StartAsync(app => app.MapGet("/stock", () => Results.Json(new { reason = "db down" }, statusCode: 500)));
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("stock", new JsonObject { ["url"] = api.Url + "/stock" }, failedPort: true));

        var run = await harness.StartAsync("stock");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(run.Instance.State.Incidents);
        var outputs = run.Instance.State.ActivityOutputs["call"]!;
        Assert.Equal(500, outputs["statusCode"]!.GetValue<int>());
        Assert.Equal("db down", outputs["body"]!["reason"]!.GetValue<string>());
        Assert.Contains("answered 500", run.Output["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerError_NoFailedPort_FaultsWithAnIncident()
    {
        await using var api = await Loopback.StartAsync(app => app.MapGet("/stock", () => Results.StatusCode(503)));
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("stock", new JsonObject { ["url"] = api.Url + "/stock" }));

        var run = await harness.StartAsync("stock");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var incident = Assert.Single(run.Instance.State.Incidents);
        Assert.Equal("call", incident.ActivityId);
        Assert.Contains("answered 503", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdempotencyKey_RetriedAfterFailures_IsTheExecutionIdOnEveryAttempt()
    {
        var keys = new ConcurrentQueue<string?>();
        await using var api = await Loopback.StartAsync(app => app.MapPost("/charge", (HttpRequest request) =>
        {
            keys.Enqueue(request.Headers["Idempotency-Key"].FirstOrDefault());
            return keys.Count < 3 ? Results.StatusCode(503) : Results.Json(new { charged = true });
        }));
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("charge",
            new JsonObject { ["url"] = api.Url + "/charge", ["method"] = "POST", ["idempotencyKey"] = true },
            retry: """{ "maxAttempts": 3, "initialDelay": "PT1S", "backoff": 2.0 }"""));

        var run = await harness.StartAsync("charge");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.FireDueAsync();
        await harness.WaitForAsync(run.InstanceId, i => i.Bookmarks.Any(b => b.Kind == BookmarkKinds.Retry && b.Attempt == 3), "waiting for attempt 3");
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await harness.FireDueAsync();
        var finished = await harness.WaitForStatusAsync(run.InstanceId, WorkflowStatus.Finished);

        Assert.True(finished.State.ActivityOutputs["call"]!["body"]!["charged"]!.GetValue<bool>());
        Assert.Equal([$"{run.InstanceId}:call:1", $"{run.InstanceId}:call:1", $"{run.InstanceId}:call:1"], keys);
    }

    [Fact]
    public async Task IdempotencyKey_TwoExecutionsInALoop_DifferPerExecution()
    {
        var keys = new ConcurrentQueue<string?>();
        await using var api = await Loopback.StartAsync(app => app.MapPost("/charge", (HttpRequest request) =>
        {
            keys.Enqueue(request.Headers["Idempotency-Key"].FirstOrDefault());
            return Results.Ok();
        }));
        await using var harness = new ActivityHarness();
        harness.Publish($$"""
            { "id": "charges",
              "activities": [
                { "id": "each", "type": "ForEach", "inputs": { "items": [1, 2] } },
                { "id": "call", "type": "SendHttpRequest", "inputs": { "url": "{{api.Url}}/charge", "method": "POST", "idempotencyKey": true } }
              ],
              "connections": [ { "from": "each", "port": "Iterate", "to": "call" } ] }
            """);

        var run = await harness.StartAsync("charges");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal([$"{run.InstanceId}:call:1", $"{run.InstanceId}:call:2"], keys);
    }

    [Fact]
    public async Task Send_NoAnswerWithinTheAttemptTimeout_FailsWithATimeoutMessage()
    {
        var arrived = new TaskCompletionSource();
        await using var api = await Loopback.StartAsync(app => app.MapGet("/slow", async (HttpContext context) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }));
        await using var harness = new ActivityHarness(http => http.AttemptTimeout = TimeSpan.FromSeconds(5));
        harness.Publish(CallFlow("slow", new JsonObject { ["url"] = api.Url + "/slow" }, failedPort: true));

        var running = harness.StartAsync("slow");
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var run = await running;

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Contains("did not answer within the attempt time-out", run.Output["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConnectionRefused_FailsWithTheReason()
    {
        var url = Loopback.RefusedUrl() + "/nothing";
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("refused", new JsonObject { ["url"] = url }, failedPort: true));

        var run = await harness.StartAsync("refused");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.StartsWith($"GET {url} failed: ", run.Output["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NotAnHttpUrl_FailsWithoutCalling()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(CallFlow("bad-url", new JsonObject { ["url"] = "ftp://127.0.0.1/file" }, failedPort: true));

        var run = await harness.StartAsync("bad-url");

        Assert.Contains("must be an absolute http(s) URL", run.Output["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CircuitBreaker_OneApiFailingRepeatedly_OpensForItsAuthorityOnly()
    {
        var failingHits = 0;
        await using var failing = await Loopback.StartAsync(app => app.MapGet("/", () =>
        {
            Interlocked.Increment(ref failingHits);
            return Results.StatusCode(500);
        }));
        await using var healthy = await Loopback.StartAsync(app => app.MapGet("/", () => Results.Ok()));
        await using var harness = new ActivityHarness();
        harness.Publish($$"""
            { "id": "hammer",
              "activities": [
                { "id": "each", "type": "ForEach", "inputs": { "items": { "$js": "Array.from({ length: 25 }, (_, i) => i)" } } },
                { "id": "call", "type": "SendHttpRequest", "inputs": { "url": "{{failing.Url}}/" } },
                { "id": "note", "type": "SetVariable", "inputs": { "name": "last", "value": { "$js": "outputs.call.error" } } },
                { "id": "other", "type": "SendHttpRequest", "inputs": { "url": "{{healthy.Url}}/" } }
              ],
              "variables": [ { "name": "last" } ],
              "connections": [
                { "from": "each", "port": "Iterate", "to": "call" },
                { "from": "call", "port": "Failed", "to": "note" },
                { "from": "each", "port": "Done", "to": "other" } ] }
            """);

        var run = await harness.StartAsync("hammer");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(20, failingHits); // the breaker's minimum throughput; the other five never left the process
        Assert.Contains("circuit open", run.Instance.State.Variables["last"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, run.Instance.State.ActivityOutputs["other"]!["statusCode"]!.GetValue<int>());
    }
}
