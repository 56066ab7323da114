using System.ClientModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// What the AI activities share: finding the tenant's connections, asking (each request through <see cref="LlmChat"/>,
/// so fallbacks, the budget and the call log apply to every one), adding up usage and cost, and asking for JSON with one repair.
/// </summary>
internal sealed class AiCall(ActivityContext context, string? connectionName)
{
    private readonly List<string> failedOver = [];
    private IReadOnlyList<LlmConnection>? connections;
    private decimal costUsd;

    public UsageDetails Usage { get; } = new();
    public LlmAnswer? Last { get; private set; }

    /// <summary>The connections that failed before one answered, over every request of this call.</summary>
    public IReadOnlyList<string> FailedOver => failedOver;

    /// <summary>Milliseconds spent waiting for the model, over every request of this call.</summary>
    public double LatencyMs { get; private set; }

    /// <summary>Finds the tenant's connections (once); the failure to return when none is configured.</summary>
    public async Task<ActivityResult?> ConnectAsync(CancellationToken cancellationToken)
    {
        connections ??= await context.Services.GetRequiredService<ILlmConnections>().ResolveAsync(context.Workflow.TenantId, connectionName, cancellationToken);
        return connections.Count > 0 ? null : ActivityResult.Fail(connectionName is null
            ? ChatCompletion.NoConnection
            : $"LLM connection '{connectionName}' is not configured (kind openai). {ChatCompletion.NoConnection}");
    }

    /// <summary>
    /// One request to the model after <see cref="ConnectAsync"/>; its text streams to the agent run stream when there is
    /// one. Throws what <see cref="LlmChat"/> throws; <see cref="FailureOf"/> turns that into the activity's failure.
    /// </summary>
    public async Task<LlmAnswer> SendAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        if (connections is not { Count: > 0 })
        {
            throw new InvalidOperationException("AiCall.ConnectAsync must find a connection before a request is sent.");
        }

        var caller = new LlmCallContext(context.Workflow.TenantId, context.Workflow.InstanceId, context.ActivityId);
        var stream = context.GetFeature<AgentRunStream>();
        var onToken = stream is not null && options.ResponseFormat is null ? text => stream.Token(context.ActivityId, text) : (Action<string>?)null;
        Last = await context.Services.GetRequiredService<LlmChat>().SendAsync(connections, messages, options, caller, cancellationToken, onToken);
        var usage = Last.Response.Usage ?? new UsageDetails();
        var cost = Last.Connection.CostOf(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0);
        Usage.Add(usage);
        costUsd += cost;
        LatencyMs += Last.LatencyMs;
        failedOver.AddRange(Last.FailedOver);
        stream?.AddUsage(usage.TotalTokenCount ?? (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0), cost);
        return Last;
    }

    /// <summary>The activity's failure for what a request threw (none answered, budget spent, request refused); null for anything else.</summary>
    public static ActivityResult? FailureOf(Exception exception) => exception switch
    {
        LlmUnavailableException or LlmBudgetExceededException => ActivityResult.Fail(exception.Message),
        ClientResultException refused => ActivityResult.Fail($"The model refused the request (HTTP {refused.Status}): {refused.Message}"),
        _ => null,
    };

    /// <summary>The answer, or the failure to return (no connection, none answered, budget spent, request refused).</summary>
    public async Task<(LlmAnswer? Answer, ActivityResult? Failure)> AskAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        if (await ConnectAsync(cancellationToken) is { } missing)
        {
            return (null, missing);
        }

        try
        {
            return (await SendAsync(messages, options, cancellationToken), null);
        }
        catch (Exception exception) when (FailureOf(exception) is not null)
        {
            return (null, FailureOf(exception));
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

    /// <summary>The cost of every request, each at the price of the connection that answered it.</summary>
    public decimal CostUsd() => costUsd;

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
