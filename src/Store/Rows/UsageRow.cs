namespace WorkflowPlatform.Store.Rows;

/// <summary>What a tenant used in one calendar month (UTC), counted in the transactions that did the work.</summary>
public sealed class UsageRow
{
    public required string TenantId { get; set; }

    /// <summary>yyyy-MM.</summary>
    public required string Month { get; set; }
    public long Runs { get; set; }
    public long ActivityExecutions { get; set; }
    public long LlmTokens { get; set; }
    /// <summary>Millionths of a US dollar, so sums stay exact on every provider.</summary>
    public long LlmCostMicroUsd { get; set; }
}
