using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>The back-off before attempt n+1: initialDelay × backoff^(n-1), capped by maxDelay, with optional jitter.</summary>
internal static class RetryDelays
{
    public static TimeSpan After(RetryPolicy policy, int failedAttempt)
    {
        var initial = Durations.TryParse(policy.InitialDelay, out var parsed) ? parsed : TimeSpan.FromSeconds(1);
        var delay = initial.TotalMilliseconds * Math.Pow(policy.Backoff, Math.Max(0, failedAttempt - 1));
        if (Durations.TryParse(policy.MaxDelay, out var max))
        {
            delay = Math.Min(delay, max.TotalMilliseconds);
        }

        if (policy.Jitter > 0)
        {
            // Jitter spreads retries of many instances; it is not security-relevant.
#pragma warning disable CA5394
            delay *= 1 - (policy.Jitter * Random.Shared.NextDouble());
#pragma warning restore CA5394
        }

        return TimeSpan.FromMilliseconds(Math.Min(delay, TimeSpan.FromDays(365).TotalMilliseconds));
    }
}
