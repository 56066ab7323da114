using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// An OpenAI-compatible server on loopback, in the wire format the public API documents. Chat completions answer
/// "echo: &lt;last user message&gt;" (or the queued answers), with usage of 10 prompt and 5 completion tokens; queued
/// tool calls come first (<c>tool_calls</c> with finish_reason <c>tool_calls</c>, streamed as deltas when asked).
/// Embeddings are deterministic: a normalised hash of the input's words. It can answer an HTTP error for the next calls.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private WebApplication app = null!;
    private int failures;
    private int status = 503;
    private int callIds;
    private int inFlight;
    private int maxInFlight;
    private int holdUntil;
    private TaskCompletionSource concurrent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<JsonObject> Requests { get; } = new();
    public ConcurrentQueue<string> Answers { get; } = new();

    /// <summary>Answers that ask for tool calls, one list per answer; they are given before <see cref="Answers"/>.</summary>
    public ConcurrentQueue<IReadOnlyList<ToolCall>> ToolCallAnswers { get; } = new();

    public ConcurrentQueue<JsonObject> EmbeddingRequests { get; } = new();

    /// <summary>
    /// The answer to a chat request, decided from its body (the messages); null leaves it to the queued answers or the
    /// echo. Lets a test play a model that follows its prompts: classify, answer from the context given, write JSON.
    /// </summary>
    public Func<JsonObject, string?>? Respond { get; set; }

    /// <summary>The most chat requests that were being answered at one moment.</summary>
    public int MaxConcurrentChats => Volatile.Read(ref maxInFlight);

    /// <summary>A function the model asks for; <see cref="Arguments"/> is the JSON text of its arguments, as on the wire.</summary>
    public sealed record ToolCall(string Name, string Arguments);

    public static async Task<FakeOpenAi> StartAsync()
    {
        var server = new FakeOpenAi();
        (server.app, var url) = await Loopback.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", server.CompleteAsync);
            app.MapPost("/v1/embeddings", server.EmbedAsync);
        });
        server.BaseUrl = url + "/v1";
        return server;
    }

    /// <summary>The next answer asks for one call of <paramref name="name"/> with <paramref name="arguments"/> (serialised as JSON).</summary>
    public void AnswerWithToolCall(string name, object arguments) =>
        ToolCallAnswers.Enqueue([new ToolCall(name, JsonSerializer.Serialize(arguments))]);

    /// <summary>
    /// Holds each chat request until <paramref name="count"/> are in flight together (or <paramref name="atMost"/> has
    /// passed), so that callers that overlap their calls are told apart from callers that make them one by one:
    /// <see cref="MaxConcurrentChats"/> then says how many overlapped.
    /// </summary>
    public void HoldUntilConcurrent(int count, TimeSpan atMost)
    {
        holdTimeout = atMost;
        concurrent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref holdUntil, count);
    }

    private TimeSpan holdTimeout;

    /// <summary>The next <paramref name="times"/> calls (chat or embeddings) answer <paramref name="httpStatus"/>.</summary>
    public void FailNext(int times, int httpStatus = 503)
    {
        status = httpStatus;
        Volatile.Write(ref failures, times);
    }

    private IResult? Failure() => Interlocked.Decrement(ref failures) >= 0
        ? Results.Json(new { error = new { message = "overloaded", type = "server_error", param = (string?)null, code = (string?)null } }, statusCode: status)
        : null;

    private async Task<IResult> CompleteAsync(HttpRequest request, HttpResponse response)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Requests.Enqueue(body);
        if (Failure() is { } failure)
        {
            return failure;
        }

        var now = Interlocked.Increment(ref inFlight);
        try
        {
            int seen;
            while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            if (Volatile.Read(ref holdUntil) is > 0 and var count)
            {
                if (now >= count)
                {
                    concurrent.TrySetResult();
                }

                await concurrent.Task.WaitAsync(holdTimeout).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return await AnswerAsync(body, response);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task<IResult> AnswerAsync(JsonObject body, HttpResponse response)
    {

        var model = body["model"]!.GetValue<string>();
        var stream = body["stream"]?.GetValue<bool>() == true;
        if (ToolCallAnswers.TryDequeue(out var toolCalls))
        {
            var calls = toolCalls.Select(c => (Id: $"call_{Interlocked.Increment(ref callIds)}", Call: c)).ToList();
            if (stream)
            {
                await StreamToolCallsAsync(response, model, calls);
                return Results.Empty;
            }

            var wire = new JsonArray(calls.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Call.Name, ["arguments"] = c.Call.Arguments },
            }).ToArray());
            return Results.Json(Completion(model, new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = wire }, "tool_calls"));
        }

        var lastUser = body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.ToString();
        var content = Respond?.Invoke(body) ?? (Answers.TryDequeue(out var queued) ? queued : $"echo: {lastUser}");
        if (stream)
        {
            await StreamAsync(response, model, content);
            return Results.Empty;
        }

        return Results.Json(Completion(model, new JsonObject { ["role"] = "assistant", ["content"] = content }, "stop"));
    }

    private static JsonObject Completion(string model, JsonObject message, string finish) => new()
    {
        ["id"] = "chatcmpl-1",
        ["object"] = "chat.completion",
        ["created"] = 1700000000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
        ["usage"] = Usage(),
    };

    private static JsonObject Usage() => new() { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 };

    /// <summary>The documented chunk sequence: role, the content word by word, finish, usage (empty choices), [DONE].</summary>
    private static async Task StreamAsync(HttpResponse response, string model, string content)
    {
        response.ContentType = "text/event-stream";
        await ChunkAsync(response, model, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null);
        var words = content.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            await ChunkAsync(response, model, new JsonObject { ["content"] = (i == 0 ? "" : " ") + words[i] }, null);
        }

        await EndAsync(response, model, "stop");
    }

    /// <summary>
    /// Tool calls as the API streams them: the first delta of each call has its index, id, type and name with empty
    /// arguments; the arguments follow in pieces under the same index; then finish_reason tool_calls and the usage.
    /// </summary>
    private static async Task StreamToolCallsAsync(HttpResponse response, string model, IReadOnlyList<(string Id, ToolCall Call)> calls)
    {
        response.ContentType = "text/event-stream";
        await ChunkAsync(response, model, new JsonObject { ["role"] = "assistant", ["content"] = null }, null);
        for (var index = 0; index < calls.Count; index++)
        {
            var (id, call) = calls[index];
            await ChunkAsync(response, model, new JsonObject
            {
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["index"] = index,
                    ["id"] = id,
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = "" },
                }),
            }, null);
            var half = call.Arguments.Length / 2;
            foreach (var piece in new[] { call.Arguments[..half], call.Arguments[half..] })
            {
                await ChunkAsync(response, model, new JsonObject
                {
                    ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = index, ["function"] = new JsonObject { ["arguments"] = piece } }),
                }, null);
            }
        }

        await EndAsync(response, model, "tool_calls");
    }

    private static async Task EndAsync(HttpResponse response, string model, string finish)
    {
        await ChunkAsync(response, model, new JsonObject(), finish);
        await ChunkAsync(response, model, null, null, Usage());
        await response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task ChunkAsync(HttpResponse response, string model, JsonObject? delta, string? finish, JsonObject? usage = null)
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

    /// <summary>
    /// <c>POST /v1/embeddings</c>: one vector per input (a string or an array of strings), of the request's
    /// <c>dimensions</c> or 64, as floats or, when <c>encoding_format</c> is base64, as little-endian float32 in base64.
    /// </summary>
    private async Task<IResult> EmbedAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        EmbeddingRequests.Enqueue(body);
        if (Failure() is { } failure)
        {
            return failure;
        }

        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var dimensions = body["dimensions"]?.GetValue<int>() ?? 64;
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = Embed(inputs[i], dimensions);
            data.Add(new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = base64
                    ? Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray())
                    : new JsonArray(vector.Select(v => (JsonNode)v).ToArray()),
            });
        }

        var tokens = inputs.Sum(text => Math.Max(1, Words(text).Count()));
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = body["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        });
    }

    /// <summary>Each word adds ±1 at a slot chosen by its FNV-1a hash; the vector is then normalised (empty text: the first axis).</summary>
    public static float[] Embed(string text, int dimensions)
    {
        var vector = new float[dimensions];
        foreach (var word in Words(text))
        {
            var hash = 2166136261u;
            foreach (var b in Encoding.UTF8.GetBytes(word))
            {
                hash = (hash ^ b) * 16777619u;
            }

            vector[hash % (uint)dimensions] += (hash & 0x80000000u) == 0 ? 1f : -1f;
        }

        var length = MathF.Sqrt(vector.Sum(v => v * v));
        if (length == 0)
        {
            vector[0] = 1;
            return vector;
        }

        return vector.Select(v => v / length).ToArray();
    }

    /// <summary>The lower-case runs of letters and digits.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
