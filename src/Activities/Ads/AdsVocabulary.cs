namespace WorkflowPlatform.Activities.Ads;

/// <summary>The words and checks the ads activities share, the same at save time (literal inputs) and at run time.</summary>
public static class AdsVocabulary
{
    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string Last7Days = "last_7d";
    public const string Last30Days = "last_30d";

    public const string Purchase = "purchase";
    public const long DefaultMinimumCents = 100;

    /// <summary>The longest campaign id accepted: Meta's ids are about 18 digits.</summary>
    public const int MaxIdLength = 64;

    public static IReadOnlyList<string> DatePresets { get; } = [Today, Yesterday, Last7Days, Last30Days];

    /// <summary>Presets that cover one day, whose figures are recorded for that day (the KPI report sums days).</summary>
    public static bool IsSingleDay(string datePreset) => datePreset is Today or Yesterday;

    public static string? DatePresetProblem(string? datePreset) => datePreset is not null && DatePresets.Contains(datePreset, StringComparer.Ordinal)
        ? null
        : $"'datePreset' must be one of {string.Join(", ", DatePresets)}; got '{datePreset}'.";

    public static string? NotEmptyProblem(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"'{name}' must not be empty." : null;

    public static string? CampaignIdProblem(string? campaignId)
    {
        if (string.IsNullOrWhiteSpace(campaignId))
        {
            return "'campaignId' must not be empty: the id of the campaign whose daily budget changes.";
        }

        var trimmed = campaignId.Trim();
        return trimmed.Length > MaxIdLength || trimmed.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            ? $"'campaignId' must be a campaign id (letters, digits, _ or -, at most {MaxIdLength}); got '{campaignId}'."
            : null;
    }

    public static string? BudgetProblem(long dailyBudgetCents) => dailyBudgetCents < 0
        ? $"'dailyBudgetCents' must not be negative (it is the new daily budget in minor units, such as 5000 for R$ 50,00); got {dailyBudgetCents}."
        : null;

    public static string? MinimumProblem(long minimumCents) => minimumCents < 1
        ? $"'minimumCents' must be at least 1 (a daily budget of nothing stops the campaign; pause it instead); got {minimumCents}."
        : null;

    public static string? TargetProblem(long? targetCpaCents) => targetCpaCents is < 0
        ? $"'targetCpaCents' must not be negative; got {targetCpaCents}."
        : null;
}
