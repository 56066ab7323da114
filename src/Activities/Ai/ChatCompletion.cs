using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// Asks a model (the tenant's OpenAI-compatible connection, with its fallbacks) for a completion. Prompts are
/// usually <c>$liquid</c> templates. With <c>responseFormat</c> json or jsonSchema the answer must parse as JSON;
/// one repair request is made when it does not. Usage, cost and latency are outputs and are recorded.
/// </summary>
[Activity("ChatCompletion", Category = "AI", DisplayName = "Chat completion", Description = "Asks an LLM; outputs text or JSON with usage and cost.", Icon = "sparkles", HasSideEffects = true)]
public sealed class ChatCompletion : Activity<ChatCompletion.Input, ChatCompletion.Output>
{
    public const string NoConnection =
        "No LLM connection is configured for this tenant: create one with PUT /api/connections/default " +
        "{ \"kind\": \"openai\", \"baseUrl\": \"https://api.openai.com/v1\", \"model\": \"...\", \"secret\": \"<secret name>\" } " +
        "after storing its key with POST /api/secrets.";

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The user prompt (a $liquid template, usually).")] string User,
        string? System = null,
        [Input(Description = "Earlier messages: [{ role, content }].")] JsonArray? History = null,
        [Input(Description = "Connection name; the tenant's default when empty.")] string? Connection = null,
        double? Temperature = null,
        int? MaxTokens = null,
        [Input(Options = ["text", "json", "jsonSchema"])] string ResponseFormat = "text",
        [Input(Description = "The JSON schema of the answer when responseFormat is jsonSchema.")] JsonObject? Schema = null);

    public sealed record Usage(long InputTokens, long OutputTokens, long TotalTokens);

    public sealed record Output(string Text, JsonNode? Json, Usage Usage, decimal CostUsd, string Model, double LatencyMs, string Connection, IReadOnlyList<string> FailedOver);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var messages = Messages(input.System, input.History, input.User);
        if (messages is null)
        {
            return ActivityResult.Fail("ChatCompletion 'history' must be an array of { role: system|user|assistant, content }.");
        }

        var options = new ChatOptions { Temperature = (float?)input.Temperature, MaxOutputTokens = input.MaxTokens, ResponseFormat = FormatOf(input) };
        var call = new AiCall(context, input.Connection);
        JsonNode? json = null;
        ActivityResult? failure;
        if (input.ResponseFormat == "text")
        {
            (_, failure) = await call.AskAsync(messages, options, cancellationToken);
        }
        else
        {
            (json, failure) = await call.AskJsonAsync(messages, options, cancellationToken);
        }

        if (failure is not null)
        {
            return failure;
        }

        var answer = call.Last!;
        return Complete(Port.Done, new Output(
            answer.Response.Text,
            json,
            call.UsageOutput(),
            call.CostUsd(),
            answer.Response.ModelId ?? answer.Connection.Model,
            Math.Round(answer.LatencyMs, 1),
            answer.Connection.Name,
            answer.FailedOver));
    }

    /// <summary>The system prompt, the history and the user prompt as chat messages; null when the history is malformed.</summary>
    internal static List<ChatMessage>? Messages(string? system, JsonArray? history, string user)
    {
        var messages = new List<ChatMessage>();
        if (!string.IsNullOrEmpty(system))
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        foreach (var item in history ?? [])
        {
            if (item?["role"]?.GetValueKind() != JsonValueKind.String || item["content"]?.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            var role = item["role"]!.GetValue<string>();
            if (role is not ("system" or "user" or "assistant"))
            {
                return null;
            }

            messages.Add(new ChatMessage(new ChatRole(role), item["content"]!.GetValue<string>()));
        }

        messages.Add(new ChatMessage(ChatRole.User, user));
        return messages;
    }

    private static ChatResponseFormat? FormatOf(Input input) => input.ResponseFormat switch
    {
        "json" => ChatResponseFormat.Json,
        "jsonSchema" when input.Schema is not null => ChatResponseFormat.ForJsonSchema(JsonSerializer.SerializeToElement(input.Schema), "answer"),
        "jsonSchema" => ChatResponseFormat.Json,
        _ => null,
    };
}
