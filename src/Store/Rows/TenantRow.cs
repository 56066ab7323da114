namespace WorkflowPlatform.Store.Rows;

public sealed class TenantRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The plan's runs per calendar month; null is unlimited.</summary>
    public int? MaxRunsPerMonth { get; set; }

    /// <summary>LLM tokens the tenant may use per UTC day; null is unlimited.</summary>
    public long? DailyLlmTokens { get; set; }

    /// <summary>LLM cost per UTC day in millionths of a dollar; null is unlimited.</summary>
    public long? DailyLlmCostMicroUsd { get; set; }

    /// <summary>The most output tokens one call may ask for; null is unlimited.</summary>
    public int? MaxTokensPerCall { get; set; }
}
