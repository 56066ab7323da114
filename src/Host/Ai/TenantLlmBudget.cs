using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Ai;

/// <summary>
/// The plan's LLM limits: output tokens per call, and tokens and cost per UTC day, counted from the recorded
/// calls. A call is refused once the day's budget is spent (what one call will use is known only after it).
/// </summary>
internal sealed class TenantLlmBudget(AccessStore access, LlmCallStore calls, TimeProvider time) : ILlmBudget
{
    public async Task<string?> RefusalAsync(string tenantId, int? maxTokens, CancellationToken cancellationToken)
    {
        var plan = await access.PlanAsync(tenantId, cancellationToken);
        if (plan is null || (plan.MaxTokensPerCall is null && plan.DailyLlmTokens is null && plan.DailyLlmCostUsd is null))
        {
            return null;
        }

        if (plan.MaxTokensPerCall is { } perCall && (maxTokens is null || maxTokens > perCall))
        {
            return $"a call may ask for at most {perCall} output tokens (set maxTokens to {perCall} or less).";
        }

        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var (tokens, cost) = await calls.UsedSinceAsync(tenantId, today, cancellationToken);
        if (plan.DailyLlmTokens is { } dailyTokens && tokens >= dailyTokens)
        {
            return $"the tenant has used {tokens} of its {dailyTokens} LLM tokens for today (UTC).";
        }

        return plan.DailyLlmCostUsd is { } dailyCost && cost >= dailyCost
            ? $"the tenant has spent {cost:0.######} of its {dailyCost:0.######} USD LLM budget for today (UTC)."
            : null;
    }
}
