using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Http;

/// <summary>WriteHttpResponse and the sink through which the host answers: an answer never leaves before its commit.</summary>
public sealed class WriteHttpResponseTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    private static readonly JsonObject Request = new()
    {
        ["method"] = "POST",
        ["path"] = "orders",
        ["body"] = new JsonObject { ["n"] = 5 },
    };

    private const string Reply = """
        { "id": "reply",
          "activities": [
            { "id": "inbound", "type": "HttpEndpoint", "inputs": { "path": "orders" } },
            { "id": "answer", "type": "WriteHttpResponse",
              "inputs": { "statusCode": 201, "contentType": "application/json", "headers": { "X-Order": "o-5" },
                          "body": { "$js": "({ got: trigger.body.n })" } } }
          ],
          "connections": [ { "from": "inbound", "to": "answer" } ] }
        """;

    [Fact]
    public async Task Write_CommitHeldBack_AnswerLeavesOnlyOnceTheInstanceIsCommitted()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Reply);
        var committing = new TaskCompletionSource<InstanceCommit>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource();
        harness.Store.BeforeCommit = commit =>
        {
            committing.TrySetResult(commit);
            return release.Task;
        };
        var sink = new HttpResponseSink();

        var running = harness.StartAsync("reply", trigger: Request, sink: sink);
        var commit = await committing.Task.WaitAsync(Deadline);

        Assert.Equal(201, sink.Response?.StatusCode); // written...
        Assert.False(sink.Committed.IsCompleted);     // ...but held while the commit is not done
        Assert.Null(await harness.Store.FindAsync(ActivityHarness.Tenant, commit.Instance.Id, CancellationToken.None));

        release.SetResult();
        var answer = await sink.Committed.WaitAsync(Deadline);

        var durable = await harness.InstanceAsync(commit.Instance.Id);
        Assert.True(durable.State.ActivityOutputs["answer"]!["written"]!.GetValue<bool>());
        Assert.Equal((201, "application/json", "o-5"), (answer.StatusCode, answer.ContentType, answer.Headers!["X-Order"]));
        Assert.Equal(5, answer.Body!["got"]!.GetValue<int>());
        Assert.Equal(WorkflowStatus.Finished, (await running).Status);
    }

    [Fact]
    public async Task Write_ThenSlowWork_AnswerIsCommittedAndReleasedBeforeTheBurstEnds()
    {
        var release = new TaskCompletionSource();
        await using var api = await Loopback.StartAsync(app => app.MapPost("/slow", async () =>
        {
            await release.Task;
            return Results.Ok();
        }));
        await using var harness = new ActivityHarness();
        harness.Publish($$"""
            { "id": "ack-then-work",
              "activities": [
                { "id": "inbound", "type": "HttpEndpoint", "inputs": { "path": "orders" } },
                { "id": "ack", "type": "WriteHttpResponse", "inputs": { "statusCode": 202 } },
                { "id": "work", "type": "SendHttpRequest", "inputs": { "url": "{{api.Url}}/slow", "method": "POST" } }
              ],
              "connections": [ { "from": "inbound", "to": "ack" }, { "from": "ack", "to": "work" } ] }
            """);
        var sink = new HttpResponseSink();

        var running = harness.StartAsync("ack-then-work", trigger: Request, sink: sink);
        var answer = await sink.Committed.WaitAsync(Deadline);

        Assert.Equal(202, answer.StatusCode);
        Assert.False(running.IsCompleted); // the slow call is still held by the server
        var checkpoint = Assert.Single(harness.Store.InstancesOf("ack-then-work"));
        Assert.True(checkpoint.State.ActivityOutputs["ack"]!["written"]!.GetValue<bool>());
        Assert.False(checkpoint.State.ActivityOutputs.ContainsKey("work"));

        release.SetResult();
        Assert.Equal(WorkflowStatus.Finished, (await running).Status);
    }

    [Fact]
    public async Task Write_Twice_FirstAnswerWinsAndTheSecondReportsNotWritten()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""
            { "id": "twice",
              "activities": [
                { "id": "first", "type": "WriteHttpResponse", "inputs": { "statusCode": 200, "body": "first" } },
                { "id": "second", "type": "WriteHttpResponse", "inputs": { "statusCode": 500, "body": "second" } }
              ],
              "connections": [ { "from": "first", "to": "second" } ] }
            """);
        var sink = new HttpResponseSink();

        var run = await harness.StartAsync("twice", sink: sink);

        var answer = await sink.Committed.WaitAsync(Deadline);
        Assert.Equal((200, "first"), (answer.StatusCode, answer.Body!.GetValue<string>()));
        Assert.True(run.Instance.State.ActivityOutputs["first"]!["written"]!.GetValue<bool>());
        Assert.False(run.Instance.State.ActivityOutputs["second"]!["written"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Write_WithoutASink_CompletesDoneAndReportsNotWritten()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""{ "id": "no-caller", "activities": [ { "id": "answer", "type": "WriteHttpResponse", "inputs": { "body": "nobody asked" } } ] }""");

        var run = await harness.StartAsync("no-caller");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.False(run.Instance.State.ActivityOutputs["answer"]!["written"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Write_StatusCodeOutOfRange_FailsAndWritesNothing()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""{ "id": "bad-status", "activities": [ { "id": "answer", "type": "WriteHttpResponse", "inputs": { "statusCode": 42 } } ] }""");
        var sink = new HttpResponseSink();

        var run = await harness.StartAsync("bad-status", sink: sink);

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("between 100 and 599", Assert.Single(run.Instance.State.Incidents).Message, StringComparison.Ordinal);
        Assert.Null(sink.Response);
        Assert.False(sink.Committed.IsCompleted);
    }
}
