using System.Text.Json.Nodes;

// An OpenAI-compatible chat endpoint that answers at once, so a benchmark of an agent measures the platform, not a
// model. It plays the model the agents' prompts ask for: a classification JSON for Classify's system prompt, else an
// answer citing the first context line [1]. Usage: WorkflowPlatform.Bench.FakeLlm --urls http://127.0.0.1:5099
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
{
    var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
    var messages = body["messages"]!.AsArray();
    var system = messages[0]!["role"]!.GetValue<string>() == "system" ? messages[0]!["content"]!.ToString() : "";
    var content = system.StartsWith("Classify the user's text", StringComparison.Ordinal)
        ? """{"label":"question","confidence":0.9}"""
        : "Acme Pro costs R$ 499 per year. [1]";
    if (body["stream"]?.GetValue<bool>() == true)
    {
        return Results.Text(Streamed(content), "text/event-stream");
    }

    return Results.Json(new JsonObject
    {
        ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = body["model"]?.ToString() ?? "bench-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 200, ["completion_tokens"] = 20, ["total_tokens"] = 220 },
    });
});

app.Run();

// The documented chunk sequence in one go: the content, the finish, the usage, [DONE].
static string Streamed(string content)
{
    static string Chunk(JsonNode choices, JsonNode? usage = null) =>
        "data: " + new JsonObject { ["object"] = "chat.completion.chunk", ["choices"] = choices, ["usage"] = usage }.ToJsonString() + "\n\n";

    return Chunk(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["role"] = "assistant", ["content"] = content } }))
        + Chunk(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = "stop" }))
        + Chunk(new JsonArray(), new JsonObject { ["prompt_tokens"] = 200, ["completion_tokens"] = 20, ["total_tokens"] = 220 })
        + "data: [DONE]\n\n";
}
