using System.ClientModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>What the AI activities share: finding the tenant's connections, asking, and asking for JSON with one repair.</summary>
internal sealed class AiCall(ActivityContext context, string? connectionName)
{
    public UsageDetails Usage { get; } = new();
    public LlmAnswer? Last { get; private set; }

    /// <summary>The answer, or the failure to return (no connection, none answered, budget spent, request refused).</summary>
    public async Task<(LlmAnswer? Answer, ActivityResult? Failure)> AskAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        var connections = await context.Services.GetRequiredService<ILlmConnections>().ResolveAsync(context.Workflow.TenantId, connectionName, cancellationToken);
        if (connections.Count == 0)
        {
            return (null, ActivityResult.Fail(connectionName is null
                ? ChatCompletion.NoConnection
                : $"LLM connection '{connectionName}' is not configured (kind openai). {ChatCompletion.NoConnection}"));
        }

        try
        {
            var caller = new LlmCallContext(context.Workflow.TenantId, context.Workflow.InstanceId, context.ActivityId);
            var stream = context.GetFeature<AgentRunStream>();
            var onToken = stream is not null && options.ResponseFormat is null ? text => stream.Token(context.ActivityId, text) : (Action<string>?)null;
            Last = await context.Services.GetRequiredService<LlmChat>().SendAsync(connections, messages, options, caller, cancellationToken, onToken);
            var usage = Last.Response.Usage ?? new UsageDetails();
            Usage.Add(usage);
            stream?.AddUsage(usage.TotalTokenCount ?? (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0),
                Last.Connection.CostOf(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0));
            return (Last, null);
        }
        catch (Exception exception) when (exception is LlmUnavailableException or LlmBudgetExceededException)
        {
            return (null, ActivityResult.Fail(exception.Message));
        }
        catch (ClientResultException exception)
        {
            return (null, ActivityResult.Fail($"The model refused the request (HTTP {exception.Status}): {exception.Message}"));
        }
    }

    /// <summary>Asks for JSON; when the answer does not parse, shows the model its answer and asks once more.</summary>
    public async Task<(JsonNode? Json, ActivityResult? Failure)> AskJsonAsync(List<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (answer, failure) = await AskAsync(messages, options, cancellationToken);
            if (failure is not null)
            {
                return (null, failure);
            }

            if (TryParse(answer!.Response.Text, out var json, out var problem))
            {
                return (json, null);
            }

            if (attempt == 2)
            {
                return (null, ActivityResult.Fail($"The model's answer is not valid JSON after one repair: {problem}"));
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, answer.Response.Text));
            messages.Add(new ChatMessage(ChatRole.User, $"That was not valid JSON ({problem}). Answer again with only the JSON."));
        }
    }

    public ChatCompletion.Usage UsageOutput()
    {
        var (input, output) = (Usage.InputTokenCount ?? 0, Usage.OutputTokenCount ?? 0);
        return new ChatCompletion.Usage(input, output, input + output);
    }

    public decimal CostUsd() => Last?.Connection.CostOf(Usage.InputTokenCount ?? 0, Usage.OutputTokenCount ?? 0) ?? 0;

    private static bool TryParse(string text, out JsonNode? json, out string? problem)
    {
        try
        {
            json = JsonNode.Parse(text);
            problem = null;
            return true;
        }
        catch (JsonException exception)
        {
            json = null;
            problem = exception.Message;
            return false;
        }
    }
}
