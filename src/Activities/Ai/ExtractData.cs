using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// Extracts an object matching a JSON schema from a text (structured output). The answer must be a JSON object
/// with the schema's required properties; one repair request is made when it is not.
/// </summary>
[Activity("ExtractData", Category = "AI", DisplayName = "Extract data", Description = "Extracts an object matching a JSON schema from a text.", Icon = "table", HasSideEffects = true)]
public sealed class ExtractData : Activity<ExtractData.Input, ExtractData.Output>
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(string Text, JsonObject Schema, string? Instructions = null, string? Connection = null);

    public sealed record Output(JsonObject Data, ChatCompletion.Usage Usage, decimal CostUsd);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System,
                "Extract the data described by this JSON schema from the user's text. " + (input.Instructions is null ? "" : input.Instructions + " ") +
                $"Answer with only a JSON object that matches the schema: {input.Schema.ToJsonString()}"),
            new(ChatRole.User, input.Text),
        };
        var options = new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonSerializer.SerializeToElement(input.Schema), "extraction") };
        var call = new AiCall(context, input.Connection);
        for (var attempt = 1; ; attempt++)
        {
            var (json, failure) = await call.AskJsonAsync(messages, options, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            var missing = Missing(input.Schema, json);
            if (missing is null)
            {
                return Complete(Port.Done, new Output((JsonObject)json!, call.UsageOutput(), call.CostUsd()));
            }

            if (attempt == 2)
            {
                return ActivityResult.Fail($"The model's answer does not match the schema after one repair: {missing}");
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, json!.ToJsonString()));
            messages.Add(new ChatMessage(ChatRole.User, $"That does not match the schema ({missing}). Answer again with only the JSON object."));
        }
    }

    /// <summary>What is wrong with the answer at the top level (object, required properties), or null.</summary>
    private static string? Missing(JsonObject schema, JsonNode? json)
    {
        if (json is not JsonObject data)
        {
            return "the answer is not a JSON object";
        }

        var required = schema["required"] is JsonArray names ? names.Select(n => n?.ToString()).OfType<string>() : [];
        var absent = required.Where(name => data[name] is null).ToList();
        return absent.Count == 0 ? null : $"missing required {string.Join(", ", absent)}";
    }
}
