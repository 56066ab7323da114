using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenAI;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>
/// The embedder of a space: the built-in local one (<c>local</c>), or the tenant's <c>openai</c> connection of that
/// name with its <c>embeddingModel</c>. A space keeps its embedder for life, because vectors of different models
/// cannot be compared; so there is no fallback to another connection here. Every remote call is recorded.
/// </summary>
internal sealed class SpaceEmbedders(ILlmConnections connections, ILlmCallLog calls)
{
    public const string Local = "local";

    /// <summary>What a new space uses when it names none: the <c>default</c> connection when it has an embedding model, else local.</summary>
    public async Task<string> DefaultForAsync(string tenantId, CancellationToken cancellationToken) =>
        await ConnectionAsync(tenantId, null, cancellationToken) is { EmbeddingModel: { Length: > 0 } } ? "default" : Local;

    /// <summary>Why the named embedder cannot be used by this tenant, or null when it can.</summary>
    public async Task<string?> ProblemAsync(string tenantId, string embedder, CancellationToken cancellationToken)
    {
        if (embedder == Local)
        {
            return null;
        }

        var connection = await ConnectionAsync(tenantId, embedder, cancellationToken);
        return connection switch
        {
            null => $"Connection '{embedder}' is not configured (PUT /api/connections/{embedder} with kind openai); use 'local' for the built-in embedder.",
            { EmbeddingModel: null or "" } => $"Connection '{embedder}' has no embeddingModel.",
            _ => null,
        };
    }

    /// <returns>One vector per text, and the model that made them (stored with each chunk).</returns>
    public async Task<(float[][] Vectors, string Model)> EmbedAsync(string tenantId, string embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (embedder == Local)
        {
            return (texts.Select(LocalEmbedder.Embed).ToArray(), LocalEmbedder.ModelId);
        }

        var connection = await ConnectionAsync(tenantId, embedder, cancellationToken)
            ?? throw new InvalidOperationException($"The space's embedding connection '{embedder}' is not configured any more.");
        var started = Stopwatch.GetTimestamp();
        var generated = await GeneratorFor(connection).GenerateAsync(texts, cancellationToken: cancellationToken);
        var tokens = generated.Usage?.InputTokenCount ?? 0;
        await calls.RecordAsync(new LlmCall(tenantId, "", "rag-embedding", connection.Name, connection.EmbeddingModel!, tokens, 0,
            connection.CostOf(tokens, 0), Stopwatch.GetElapsedTime(started).TotalMilliseconds, Succeeded: true, Error: null), cancellationToken);
        return (generated.Select(e => e.Vector.ToArray()).ToArray(), connection.EmbeddingModel!);
    }

    /// <summary>The named connection itself: its fallbacks are other models, whose vectors would not compare.</summary>
    private async Task<LlmConnection?> ConnectionAsync(string tenantId, string? name, CancellationToken cancellationToken) =>
        await connections.ResolveAsync(tenantId, name, cancellationToken) is [var first, ..] ? first : null;

    private static IEmbeddingGenerator<string, Embedding<float>> GeneratorFor(LlmConnection connection) =>
        new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(connection.ApiKey) ? "none" : connection.ApiKey), new OpenAIClientOptions
        {
            Endpoint = connection.BaseUrl,
            NetworkTimeout = TimeSpan.FromSeconds(100),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 2),
        }).GetEmbeddingClient(connection.EmbeddingModel).AsIEmbeddingGenerator();
}
