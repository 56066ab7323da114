using System.Globalization;
using WorkflowPlatform.Activities.Ads;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Api;

/// <summary>Ad figures summed over days, with their ratios (<see cref="AdKpiMath"/>); money in the currency's minor units.</summary>
internal sealed record AdCurrencyFigures(
    string? Currency, long SpendCents, long Impressions, long Clicks, long Conversions, long ConversionValueCents,
    decimal? Ctr, long? CpcCents, long? CpaCents, decimal? Roas);

/// <summary>One campaign's summed figures; <see cref="Name"/> is the latest day's.</summary>
internal sealed record AdCampaignSummary(
    string CampaignId, string? Name, string? Currency, long SpendCents, long Impressions, long Clicks, long Conversions, long ConversionValueCents,
    decimal? Ctr, long? CpcCents, long? CpaCents, decimal? Roas);

/// <summary>
/// The <c>ads</c> section of the KPI report: the recorded days (<c>ad_metrics</c>) whose start lies in [from, to), summed
/// per currency (money of two currencies is never added) and per campaign, the biggest spenders first.
/// </summary>
internal sealed record AdsKpi(IReadOnlyList<AdCurrencyFigures> ByCurrency, IReadOnlyList<AdCampaignSummary> Campaigns)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The first and the excluded last day of [from, to): the days are the ad account's, taken as starting at midnight
    /// UTC, so a day counts when its midnight is in the period.
    /// </summary>
    public static (string FromDate, string ToDate) Days(DateTimeOffset from, DateTimeOffset to)
    {
        static DateOnly FirstMidnightAtOrAfter(DateTimeOffset at)
        {
            var utc = at.UtcDateTime;
            var day = DateOnly.FromDateTime(utc);
            return utc.TimeOfDay == TimeSpan.Zero ? day : day.AddDays(1);
        }

        return (FirstMidnightAtOrAfter(from).ToString(DateFormat, CultureInfo.InvariantCulture),
            FirstMidnightAtOrAfter(to).ToString(DateFormat, CultureInfo.InvariantCulture));
    }

    public static AdsKpi Of(IReadOnlyList<AdMetricRow> days)
    {
        var byCurrency = days.GroupBy(d => d.Currency)
            .Select(g => Sum(g, (spend, impressions, clicks, conversions, value) => new AdCurrencyFigures(
                g.Key, spend, impressions, clicks, conversions, value,
                AdKpiMath.Ctr(clicks, impressions), AdKpiMath.CostPer(spend, clicks), AdKpiMath.CostPer(spend, conversions), AdKpiMath.Roas(value, spend))))
            .OrderByDescending(c => c.SpendCents).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();
        var campaigns = days.GroupBy(d => (d.CampaignId, d.Currency))
            .Select(g => Sum(g, (spend, impressions, clicks, conversions, value) => new AdCampaignSummary(
                g.Key.CampaignId, g.OrderBy(d => d.Date, StringComparer.Ordinal).Last().CampaignName, g.Key.Currency, spend, impressions, clicks, conversions, value,
                AdKpiMath.Ctr(clicks, impressions), AdKpiMath.CostPer(spend, clicks), AdKpiMath.CostPer(spend, conversions), AdKpiMath.Roas(value, spend))))
            .OrderByDescending(c => c.SpendCents).ThenBy(c => c.CampaignId, StringComparer.Ordinal)
            .ToList();
        return new AdsKpi(byCurrency, campaigns);
    }

    private static T Sum<T>(IEnumerable<AdMetricRow> days, Func<long, long, long, long, long, T> figures)
    {
        var list = days.ToList();
        return figures(list.Sum(d => d.SpendCents), list.Sum(d => d.Impressions), list.Sum(d => d.Clicks), list.Sum(d => d.Conversions), list.Sum(d => d.ConversionValueCents));
    }
}
