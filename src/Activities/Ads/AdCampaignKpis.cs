namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// One campaign's figures with its ratios (see <see cref="AdKpiMath"/>): <see cref="Ctr"/> a ratio of 4 decimals,
/// costs in minor units, <see cref="Roas"/> of 2 decimals; each null when its denominator is zero.
/// </summary>
/// <param name="AboveTarget">The cost per conversion is above the target, or nothing converted while the spend passed it.</param>
public sealed record AdCampaignKpis(
    string CampaignId,
    string? Name,
    long? DailyBudgetCents,
    long SpendCents,
    long Impressions,
    long Clicks,
    long Conversions,
    long ConversionValueCents,
    decimal? Ctr,
    long? CpcCents,
    long? CpaCents,
    decimal? Roas,
    bool AboveTarget);

/// <summary>The campaigns' figures summed, with the ratios of the sums.</summary>
public sealed record AdKpiTotals(
    long SpendCents,
    long Impressions,
    long Clicks,
    long Conversions,
    long ConversionValueCents,
    decimal? Ctr,
    long? CpcCents,
    long? CpaCents,
    decimal? Roas);
