using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>Puts a text in exactly one of the given labels, with the model's confidence (0 to 1).</summary>
[Activity("Classify", Category = "AI", DisplayName = "Classify", Description = "Chooses one label of a list for a text, with a confidence.", Icon = "tags", HasSideEffects = true)]
public sealed class Classify : Activity<Classify.Input, Classify.Output>
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string Text,
        string[] Labels,
        [Input(Description = "What the labels mean, or how to choose.")] string? Instructions = null,
        string? Connection = null);

    public sealed record Output(string Label, double Confidence, ChatCompletion.Usage Usage, decimal CostUsd);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (input.Labels is not { Length: > 0 } labels || labels.Any(string.IsNullOrWhiteSpace))
        {
            return ActivityResult.Fail("Classify 'labels' must be a non-empty list of non-empty names.");
        }

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System,
                $"Classify the user's text into exactly one of these labels: {string.Join(", ", labels.Select(l => JsonSerializer.Serialize(l)))}. " +
                (input.Instructions is null ? "" : input.Instructions + " ") +
                "Answer with only JSON: {\"label\": \"<one of the labels>\", \"confidence\": <0 to 1>}."),
            new(ChatRole.User, input.Text),
        };
        var call = new AiCall(context, input.Connection);
        var (json, failure) = await call.AskJsonAsync(messages, new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json }, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var answered = json?["label"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var label = labels.FirstOrDefault(l => string.Equals(l, answered?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (label is null)
        {
            return ActivityResult.Fail($"The model answered label '{answered}', which is not one of {string.Join(", ", labels)}.");
        }

        var confidence = json?["confidence"] is JsonValue c && double.TryParse(c.ToJsonString().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? Math.Clamp(parsed, 0, 1)
            : 0;
        return Complete(Port.Done, new Output(label, confidence, call.UsageOutput(), call.CostUsd()));
    }
}
