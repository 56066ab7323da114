namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// The Graph API's JSON as Meta documents it (snake_case). Figures arrive as strings ("1000", "123.45"); the reader
/// accepts numbers too. Only the fields the platform asks for are declared.
/// </summary>
internal static class MetaWire
{
    public sealed record Page<T>(IReadOnlyList<T>? Data, Paging? Paging);

    /// <summary><c>next</c> is the URL of the next page, absent on the last one.</summary>
    public sealed record Paging(string? Next);

    public sealed record Insight(
        string? CampaignId,
        string? CampaignName,
        decimal? Impressions,
        decimal? Clicks,
        decimal? Spend,
        IReadOnlyList<ActionStat>? Actions,
        IReadOnlyList<ActionStat>? ActionValues,
        string? AccountCurrency,
        string? DateStart,
        string? DateStop);

    public sealed record ActionStat(string? ActionType, decimal? Value);

    /// <summary><c>daily_budget</c> is in the currency's minor units; absent when the budget is a lifetime or ad set one.</summary>
    public sealed record Campaign(string? Id, string? Name, string? Status, long? DailyBudget);

    public sealed record Updated(bool Success);

    public sealed record ErrorBody(Error? Error);

    public sealed record Error(string? Message, string? Type, int? Code, int? ErrorSubcode, string? ErrorUserMsg, string? FbtraceId);
}
