using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// Reads the ad account's campaigns (status, daily budget) and their figures for a date preset, with the numbers the
/// provider sends as strings turned into numbers and money into minor units. For one day (today, yesterday) the figures
/// are recorded for that day, so <c>GET /api/metrics/kpi</c> reports them; reading the same day again replaces them.
/// </summary>
[Activity("GetAdInsights", Category = "Ads", DisplayName = "Get ad insights",
    Description = "Reads the ad account's campaigns with impressions, clicks, spend and conversions for a period.", Icon = "bar-chart-3", HasSideEffects = true)]
public sealed class GetAdInsights(IAdAccounts accounts) : Activity<GetAdInsights.Input, GetAdInsights.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "An ads connection of the tenant (PUT /api/connections/{name}).")] string Connection = "default",
        [Input(Options = [AdsVocabulary.Today, AdsVocabulary.Yesterday, AdsVocabulary.Last7Days, AdsVocabulary.Last30Days],
            Description = "The period, in the ad account's time zone; today and yesterday are also recorded for the KPI report.")] string DatePreset = AdsVocabulary.Today,
        [Input(Description = "The action type counted as a conversion (in actions and action_values), such as purchase or lead.")] string ConversionAction = AdsVocabulary.Purchase);

    /// <param name="AccountId">The ad account, without <c>act_</c>.</param>
    /// <param name="Currency">The account's currency; null when no campaign delivered.</param>
    public sealed record Output(string AccountId, string? Currency, string? DateStart, string? DateStop, IReadOnlyList<AdCampaignFigures> Campaigns);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("datePreset", CrmInputs.Text(node, "datePreset") is { } preset ? AdsVocabulary.DatePresetProblem(preset) : null),
        ("conversionAction", CrmInputs.Text(node, "conversionAction") is { } action ? AdsVocabulary.NotEmptyProblem("conversionAction", action) : null),
        ("connection", CrmInputs.Text(node, "connection") is { } connection ? AdsVocabulary.NotEmptyProblem("connection", connection) : null));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var problem = AdsVocabulary.NotEmptyProblem("connection", input.Connection)
                      ?? AdsVocabulary.DatePresetProblem(input.DatePreset)
                      ?? AdsVocabulary.NotEmptyProblem("conversionAction", input.ConversionAction);
        if (problem is not null)
        {
            return ActivityResult.Fail($"GetAdInsights: {problem}");
        }

        try
        {
            var report = await accounts.GetInsightsAsync(
                new AdInsightsRequest(context.Workflow.TenantId, input.Connection.Trim(), input.DatePreset, input.ConversionAction.Trim()), cancellationToken);
            return Complete(Done, new Output(report.AccountId, report.Currency, report.DateStart, report.DateStop, report.Campaigns));
        }
        catch (AdsProviderException exception)
        {
            return ActivityResult.Fail($"GetAdInsights: {exception.Message}");
        }
    }
}
