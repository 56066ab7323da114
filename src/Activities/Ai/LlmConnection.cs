namespace WorkflowPlatform.Activities.Ai;

/// <summary>An OpenAI-compatible endpoint a tenant configured (<c>/api/connections</c>, kind <c>openai</c>), with its key resolved.</summary>
public sealed record LlmConnection(
    string Name,
    Uri BaseUrl,
    string Model,
    string? EmbeddingModel,
    string? ApiKey,
    decimal InputPricePer1k,
    decimal OutputPricePer1k)
{
    public decimal CostOf(long inputTokens, long outputTokens) =>
        (inputTokens * InputPricePer1k + outputTokens * OutputPricePer1k) / 1000m;
}

/// <summary>Finds a tenant's LLM connections; the host implements it over its connections and secrets.</summary>
public interface ILlmConnections
{
    /// <summary>The named connection (the tenant's <c>default</c> when null) followed by its fallbacks, in order; empty when none is configured.</summary>
    Task<IReadOnlyList<LlmConnection>> ResolveAsync(string tenantId, string? name, CancellationToken cancellationToken);
}

/// <summary>One call to a model, as recorded for usage and cost.</summary>
public sealed record LlmCall(
    string TenantId,
    string InstanceId,
    string ActivityId,
    string Connection,
    string Model,
    long InputTokens,
    long OutputTokens,
    decimal CostUsd,
    double LatencyMs,
    bool Succeeded,
    string? Error);

/// <summary>Records every model call (the host counts it in the tenant's usage).</summary>
public interface ILlmCallLog
{
    Task RecordAsync(LlmCall call, CancellationToken cancellationToken);
}

/// <summary>The tenant's LLM budget; the host implements it over the plan and the recorded calls.</summary>
public interface ILlmBudget
{
    /// <summary>Why a call asking for up to <paramref name="maxTokens"/> output tokens may not be made now, or null when it may.</summary>
    Task<string?> RefusalAsync(string tenantId, int? maxTokens, CancellationToken cancellationToken);
}
