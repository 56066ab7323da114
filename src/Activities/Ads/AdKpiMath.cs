namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// The ad ratios, the same in <see cref="ComputeAdKpis"/> and in the KPI report: each is null when its denominator is
/// zero, so "no clicks yet" never reads as a cost of 0. Halves round away from zero.
/// </summary>
public static class AdKpiMath
{
    /// <summary>Clicks per impression, 4 decimals.</summary>
    public static decimal? Ctr(long clicks, long impressions) =>
        impressions > 0 ? Math.Round((decimal)clicks / impressions, 4, MidpointRounding.AwayFromZero) : null;

    /// <summary>Spend per click or per conversion, in whole minor units.</summary>
    public static long? CostPer(long spendCents, long count) =>
        count > 0 ? (long)Math.Round((decimal)spendCents / count, 0, MidpointRounding.AwayFromZero) : null;

    /// <summary>Return on ad spend: conversion value per unit spent, 2 decimals.</summary>
    public static decimal? Roas(long conversionValueCents, long spendCents) =>
        spendCents > 0 ? Math.Round((decimal)conversionValueCents / spendCents, 2, MidpointRounding.AwayFromZero) : null;
}
