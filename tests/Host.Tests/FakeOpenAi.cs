using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback, in the wire format the public API documents:
/// answers "echo: &lt;last user message&gt;" (or the queued answers), with usage of 10 prompt and 5 completion
/// tokens; it can answer an HTTP error for the next calls.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private WebApplication app = null!;
    private int failures;
    private int status = 503;

    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<JsonObject> Requests { get; } = new();
    public ConcurrentQueue<string> Answers { get; } = new();

    public static async Task<FakeOpenAi> StartAsync()
    {
        var server = new FakeOpenAi();
        (server.app, var url) = await Loopback.StartAsync(app => app.MapPost("/v1/chat/completions", server.CompleteAsync));
        server.BaseUrl = url + "/v1";
        return server;
    }

    /// <summary>The next <paramref name="times"/> calls answer <paramref name="httpStatus"/>.</summary>
    public void FailNext(int times, int httpStatus = 503)
    {
        status = httpStatus;
        Volatile.Write(ref failures, times);
    }

    private async Task<IResult> CompleteAsync(HttpRequest request, HttpResponse response)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Requests.Enqueue(body);
        if (Interlocked.Decrement(ref failures) >= 0)
        {
            return Results.Json(new { error = new { message = "overloaded", type = "server_error", param = (string?)null, code = (string?)null } }, statusCode: status);
        }

        var lastUser = body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.ToString();
        var content = Answers.TryDequeue(out var queued) ? queued : $"echo: {lastUser}";
        if (body["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(response, body["model"]!.GetValue<string>(), content);
            return Results.Empty;
        }

        return Results.Json(new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["created"] = 1700000000,
            ["model"] = body["model"]!.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
        });
    }

    /// <summary>The documented chunk sequence: role, the content word by word, finish, usage (empty choices), [DONE].</summary>
    private static async Task StreamAsync(HttpResponse response, string model, string content)
    {
        response.ContentType = "text/event-stream";
        async Task ChunkAsync(JsonObject delta, string? finish, JsonObject? usage = null)
        {
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-1",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1700000000,
                ["model"] = model,
                ["choices"] = usage is null ? new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }) : new JsonArray(),
            };
            if (usage is not null)
            {
                chunk["usage"] = usage;
            }

            await response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
            await response.Body.FlushAsync();
        }

        await ChunkAsync(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null);
        var words = content.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            await ChunkAsync(new JsonObject { ["content"] = (i == 0 ? "" : " ") + words[i] }, null);
        }

        await ChunkAsync(new JsonObject(), "stop");
        await ChunkAsync(new JsonObject(), null, new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 });
        await response.WriteAsync("data: [DONE]\n\n");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
