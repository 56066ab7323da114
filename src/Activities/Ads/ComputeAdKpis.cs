using System.Text.Json;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// Works out each campaign's click-through rate, cost per click, cost per conversion and return on ad spend, the same for
/// the totals, and which campaigns cost more per conversion than a target. Pure: it reads nothing and changes nothing.
/// </summary>
[Activity("ComputeAdKpis", Category = "Ads", DisplayName = "Compute ad KPIs",
    Description = "CTR, CPC, CPA and ROAS per campaign and in total, and the campaigns above a target CPA.", Icon = "calculator")]
public sealed class ComputeAdKpis : Activity<ComputeAdKpis.Input, ComputeAdKpis.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;

    public sealed record Input(
        [Input(Description = "The campaigns, as GetAdInsights outputs them.")] IReadOnlyList<AdCampaignFigures> Campaigns,
        [Input(Description = "The highest acceptable cost per conversion, in minor units; without it no campaign is above target.")] long? TargetCpaCents = null);

    /// <param name="AboveTarget">The campaigns (of <see cref="Campaigns"/>) above the target.</param>
    public sealed record Output(IReadOnlyList<AdCampaignKpis> Campaigns, IReadOnlyList<AdCampaignKpis> AboveTarget, AdKpiTotals Totals);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("targetCpaCents", CrmInputs.KindProblem(node, "targetCpaCents", JsonValueKind.Number)
                           ?? (CrmInputs.Number(node, "targetCpaCents") is { } target ? AdsVocabulary.TargetProblem(target) : null)));

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if ((AdsVocabulary.TargetProblem(input.TargetCpaCents) ?? CampaignsProblem(input.Campaigns)) is { } problem)
        {
            return ValueTask.FromResult(ActivityResult.Fail($"ComputeAdKpis: {problem}"));
        }

        var campaigns = input.Campaigns.Select(c => Kpis(c, input.TargetCpaCents)).ToList();
        var (spend, impressions, clicks) = (campaigns.Sum(c => c.SpendCents), campaigns.Sum(c => c.Impressions), campaigns.Sum(c => c.Clicks));
        var (conversions, value) = (campaigns.Sum(c => c.Conversions), campaigns.Sum(c => c.ConversionValueCents));
        var totals = new AdKpiTotals(spend, impressions, clicks, conversions, value,
            AdKpiMath.Ctr(clicks, impressions), AdKpiMath.CostPer(spend, clicks), AdKpiMath.CostPer(spend, conversions), AdKpiMath.Roas(value, spend));
        return CompleteNow(Done, new Output(campaigns, campaigns.Where(c => c.AboveTarget).ToList(), totals));
    }

    private static AdCampaignKpis Kpis(AdCampaignFigures c, long? target)
    {
        var cpa = AdKpiMath.CostPer(c.SpendCents, c.Conversions);
        var above = target is { } limit && (cpa > limit || (c.Conversions == 0 && c.SpendCents > limit));
        return new AdCampaignKpis(c.CampaignId, c.Name, c.DailyBudgetCents, c.SpendCents, c.Impressions, c.Clicks, c.Conversions, c.ConversionValueCents,
            AdKpiMath.Ctr(c.Clicks, c.Impressions), AdKpiMath.CostPer(c.SpendCents, c.Clicks), cpa, AdKpiMath.Roas(c.ConversionValueCents, c.SpendCents), above);
    }

    private static string? CampaignsProblem(IReadOnlyList<AdCampaignFigures>? campaigns)
    {
        if (campaigns is null)
        {
            return "'campaigns' must be a list of campaigns (GetAdInsights' campaigns output).";
        }

        for (var i = 0; i < campaigns.Count; i++)
        {
            var c = campaigns[i];
            if (c is null || string.IsNullOrWhiteSpace(c.CampaignId))
            {
                return $"'campaigns[{i}].campaignId' must not be empty.";
            }

            if (c.Impressions < 0 || c.Clicks < 0 || c.SpendCents < 0 || c.Conversions < 0 || c.ConversionValueCents < 0)
            {
                return $"'campaigns[{i}]' ({c.CampaignId}) has a negative figure; impressions, clicks, spendCents, conversions and conversionValueCents count up from 0.";
            }
        }

        return null;
    }
}
