using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenAI;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>What answered a chat request, and the failed connections tried before it.</summary>
public sealed record LlmAnswer(ChatResponse Response, LlmConnection Connection, double LatencyMs, IReadOnlyList<string> FailedOver);

/// <summary>
/// Sends a chat request to a tenant's connections in order: a time-out, a 429 or a 5xx moves on to the next; any
/// other error is the caller's. Each attempt is recorded. The OpenAI client's own retries are off: the
/// fallback list and the engine's durable retries are the retry policy. A call over the tenant's budget is not made.
/// </summary>
public sealed class LlmChat(ILlmCallLog calls, ILlmBudget budget)
{
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(100);

    /// <param name="onToken">When set, the answer is streamed and each piece of text is handed over as it arrives.</param>
    public async Task<LlmAnswer> SendAsync(
        IReadOnlyList<LlmConnection> connections, IList<ChatMessage> messages, ChatOptions options, LlmCallContext caller, CancellationToken cancellationToken,
        Action<string>? onToken = null)
    {
        if (await budget.RefusalAsync(caller.TenantId, options.MaxOutputTokens, cancellationToken) is { } refusal)
        {
            throw new LlmBudgetExceededException($"BudgetExceeded: {refusal}");
        }

        var failed = new List<string>();
        for (var i = 0; i < connections.Count; i++)
        {
            var connection = connections[i];
            var started = Stopwatch.GetTimestamp();
            var streamed = false;
            try
            {
                ChatResponse response;
                if (onToken is null)
                {
                    response = await ClientFor(connection).GetResponseAsync(messages, options, cancellationToken);
                }
                else
                {
                    var updates = new List<ChatResponseUpdate>();
                    await foreach (var update in ClientFor(connection).GetStreamingResponseAsync(messages, options, cancellationToken))
                    {
                        updates.Add(update);
                        if (update.Text is { Length: > 0 } text)
                        {
                            streamed = true;
                            onToken(text);
                        }
                    }

                    response = updates.ToChatResponse();
                }

                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var (input, output) = (response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
                await calls.RecordAsync(caller.Call(connection, input, output, connection.CostOf(input, output), latency, succeeded: true, error: null), cancellationToken);
                return new LlmAnswer(response, connection, latency, failed);
            }
            catch (Exception exception) when (!streamed && IsTransient(exception, cancellationToken)) // once tokens went out, no other model may continue
            {
                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var reason = Describe(exception);
                await calls.RecordAsync(caller.Call(connection, 0, 0, 0, latency, succeeded: false, reason), cancellationToken);
                failed.Add($"{connection.Name}: {reason}");
                if (i == connections.Count - 1)
                {
                    throw new LlmUnavailableException($"No LLM connection answered ({string.Join("; ", failed)}).", exception);
                }
            }
        }

        throw new LlmUnavailableException("No LLM connection is configured.");
    }

    private static IChatClient ClientFor(LlmConnection connection) =>
        new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(connection.ApiKey) ? "none" : connection.ApiKey), new OpenAIClientOptions
        {
            Endpoint = connection.BaseUrl,
            NetworkTimeout = NetworkTimeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        }).GetChatClient(connection.Model).AsIChatClient();

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ClientResultException { Status: 429 or >= 500 } => true,
        ClientResultException { Status: 0 } => true, // no answer at all (connection refused)
        HttpRequestException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static string Describe(Exception exception) => exception switch
    {
        ClientResultException { Status: > 0 } result => $"HTTP {result.Status}",
        OperationCanceledException or TimeoutException => "timed out",
        _ => exception.Message,
    };
}

/// <summary>Who is calling, so each recorded call names its tenant, instance and activity.</summary>
public sealed record LlmCallContext(string TenantId, string InstanceId, string ActivityId)
{
    public LlmCall Call(LlmConnection connection, long input, long output, decimal cost, double latencyMs, bool succeeded, string? error) =>
        new(TenantId, InstanceId, ActivityId, connection.Name, connection.Model, input, output, cost, latencyMs, succeeded, error);
}

public sealed class LlmUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The call was not made: it would go over the tenant's LLM budget.</summary>
public sealed class LlmBudgetExceededException(string message) : Exception(message);
