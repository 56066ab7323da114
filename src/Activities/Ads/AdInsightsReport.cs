namespace WorkflowPlatform.Activities.Ads;

/// <summary>What <see cref="GetAdInsights"/> asks of the tenant's ads connection.</summary>
public sealed record AdInsightsRequest(string TenantId, string Connection, string DatePreset, string ConversionAction);

/// <summary>
/// An ad account's campaigns over a date preset. <see cref="Currency"/>, <see cref="DateStart"/> and
/// <see cref="DateStop"/> come with the figures, so they are null when no campaign delivered in the period.
/// </summary>
public sealed record AdInsightsReport(string AccountId, string? Currency, string? DateStart, string? DateStop, IReadOnlyList<AdCampaignFigures> Campaigns);

/// <summary>What <see cref="UpdateAdBudget"/> asks: the campaign's new absolute daily budget, in minor units.</summary>
public sealed record AdBudgetRequest(string TenantId, string Connection, string CampaignId, long DailyBudgetCents);

/// <summary>The budget before and after; <see cref="Changed"/> is false when it already had the asked value (nothing was sent).</summary>
public sealed record AdBudgetChange(string CampaignId, long PreviousCents, long DailyBudgetCents, bool Changed);
