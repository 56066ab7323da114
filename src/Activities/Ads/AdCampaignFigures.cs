namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// One campaign's delivery as <see cref="GetAdInsights"/> read it, and as <see cref="ComputeAdKpis"/> takes it. Money is
/// in the ad account currency's minor units (cents of BRL; whole yen for JPY), as the ads provider counts budgets.
/// </summary>
/// <param name="Status">The campaign's status at the provider (ACTIVE, PAUSED, ...), when known.</param>
/// <param name="DailyBudgetCents">Null when the campaign has no daily budget of its own (a lifetime or ad set budget).</param>
/// <param name="Conversions">How many actions of the conversion type were counted.</param>
/// <param name="ConversionValueCents">What those actions were worth.</param>
public sealed record AdCampaignFigures(
    string CampaignId,
    string? Name = null,
    string? Status = null,
    long? DailyBudgetCents = null,
    long Impressions = 0,
    long Clicks = 0,
    long SpendCents = 0,
    long Conversions = 0,
    long ConversionValueCents = 0);
