using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// The model under an agent's <see cref="FunctionInvokingChatClient"/>: each request of the tool loop is one
/// <see cref="AiCall.SendAsync"/>, so every round gets the fallback connections, the budget check, the call log and
/// the token stream, and its usage and cost are added up.
/// </summary>
internal sealed class AiCallChatClient(AiCall call) : IChatClient
{
    /// <summary>
    /// A copy of the model's answer: FunctionInvokingChatClient rewrites the messages and usage of the response it
    /// returns last, and <see cref="AiCall.Last"/> must stay what the model said.
    /// </summary>
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var answer = (await call.SendAsync([.. messages], options ?? new ChatOptions(), cancellationToken)).Response;
        var usage = new UsageDetails();
        usage.Add(answer.Usage ?? new UsageDetails());
        return new ChatResponse([.. answer.Messages])
        {
            ResponseId = answer.ResponseId,
            ConversationId = answer.ConversationId,
            ModelId = answer.ModelId,
            CreatedAt = answer.CreatedAt,
            FinishReason = answer.FinishReason,
            Usage = usage,
            RawRepresentation = answer.RawRepresentation,
            AdditionalProperties = answer.AdditionalProperties,
        };
    }

    /// <summary>The whole answer as updates: <see cref="LlmChat"/> already streams its text to the run stream as it arrives.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
