using WorkflowPlatform.Activities.Ads;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// The ads activities over Meta's Marketing API: campaigns and campaign-level insights joined into one list (an active
/// campaign that delivered nothing is there with zeros), single-day figures recorded in <c>ad_metrics</c>, and budget
/// changes made only after reading the current budget (Meta takes no idempotency key, so checking first is what keeps a
/// re-run from changing it twice).
/// </summary>
internal sealed class MetaAdAccounts(AdsConnections connections, MetaAdsClient client, AdMetricStore metrics) : IAdAccounts
{
    private const string Active = "ACTIVE";

    public async Task<AdInsightsReport> GetInsightsAsync(AdInsightsRequest request, CancellationToken cancellationToken)
    {
        var account = await connections.AccountAsync(request.TenantId, request.Connection, cancellationToken);
        try
        {
            var campaigns = await client.ListCampaignsAsync(account, cancellationToken);
            var insights = await client.ListInsightsAsync(account, request.DatePreset, cancellationToken);
            var first = insights.Count > 0 ? insights[0] : null;
            var currency = first?.AccountCurrency;
            var figures = Join(campaigns, insights, request.ConversionAction, MetaCurrency.Offset(currency));
            if (AdsVocabulary.IsSingleDay(request.DatePreset))
            {
                await metrics.UpsertAsync(request.TenantId, DayRows(request.TenantId, account, insights, figures), cancellationToken);
            }

            return new AdInsightsReport(account.AccountId, currency, first?.DateStart, first?.DateStop, figures);
        }
        catch (MetaAdsException exception)
        {
            throw Explained(exception, account);
        }
    }

    public async Task<AdBudgetChange> SetDailyBudgetAsync(AdBudgetRequest request, CancellationToken cancellationToken)
    {
        var account = await connections.AccountAsync(request.TenantId, request.Connection, cancellationToken);
        try
        {
            var campaign = await client.GetCampaignAsync(account, request.CampaignId, cancellationToken);
            var previous = campaign.DailyBudget ?? throw new AdsProviderException(
                $"Campaign {request.CampaignId} has no daily budget of its own (its budget is a lifetime one or set on its ad sets); UpdateAdBudget changes campaign daily budgets only.");
            if (previous == request.DailyBudgetCents)
            {
                return new AdBudgetChange(request.CampaignId, previous, previous, Changed: false);
            }

            await client.SetDailyBudgetAsync(account, request.CampaignId, request.DailyBudgetCents, cancellationToken);
            return new AdBudgetChange(request.CampaignId, previous, request.DailyBudgetCents, Changed: true);
        }
        catch (MetaAdsException exception)
        {
            throw Explained(exception, account);
        }
    }

    private static List<AdCampaignFigures> Join(IReadOnlyList<MetaWire.Campaign> campaigns, IReadOnlyList<MetaWire.Insight> insights, string conversionAction, int offset)
    {
        var byId = campaigns.Where(c => c.Id is not null).GroupBy(c => c.Id!).ToDictionary(g => g.Key, g => g.First());
        var delivered = insights.Where(i => !string.IsNullOrEmpty(i.CampaignId)).GroupBy(i => i.CampaignId!).Select(g =>
        {
            byId.TryGetValue(g.Key, out var campaign);
            return new AdCampaignFigures(
                g.Key,
                g.First().CampaignName ?? campaign?.Name,
                campaign?.Status,
                campaign?.DailyBudget,
                g.Sum(i => MetaCurrency.Count(i.Impressions)),
                g.Sum(i => MetaCurrency.Count(i.Clicks)),
                g.Sum(i => MetaCurrency.ToMinorUnits(i.Spend, offset)),
                g.Sum(i => MetaCurrency.Count(Of(i.Actions, conversionAction))),
                g.Sum(i => MetaCurrency.ToMinorUnits(Of(i.ActionValues, conversionAction), offset)));
        }).ToList();
        var seen = delivered.Select(d => d.CampaignId).ToHashSet(StringComparer.Ordinal);
        var idle = campaigns.Where(c => c.Id is not null && c.Status == Active && !seen.Contains(c.Id))
            .Select(c => new AdCampaignFigures(c.Id!, c.Name, c.Status, c.DailyBudget));
        return [.. delivered, .. idle];
    }

    private static decimal? Of(IReadOnlyList<MetaWire.ActionStat>? actions, string actionType) =>
        actions?.Where(a => a.ActionType == actionType).Sum(a => a.Value ?? 0m);

    /// <summary>The day's rows: campaigns that delivered (their insight rows carry the day, in the account's time zone).</summary>
    private static List<AdMetricRow> DayRows(string tenantId, MetaAdsAccount account, IReadOnlyList<MetaWire.Insight> insights, List<AdCampaignFigures> figures)
    {
        var days = insights.Where(i => i.CampaignId is not null && i.DateStart is not null)
            .GroupBy(i => i.CampaignId!).ToDictionary(g => g.Key, g => g.First());
        return figures.Where(f => days.ContainsKey(f.CampaignId)).Select(f => new AdMetricRow
        {
            TenantId = tenantId,
            CampaignId = f.CampaignId,
            Date = days[f.CampaignId].DateStart!,
            AccountId = account.AccountId,
            CampaignName = f.Name,
            Impressions = f.Impressions,
            Clicks = f.Clicks,
            SpendCents = f.SpendCents,
            Conversions = f.Conversions,
            ConversionValueCents = f.ConversionValueCents,
            Currency = days[f.CampaignId].AccountCurrency,
            DailyBudgetCents = f.DailyBudgetCents,
        }).ToList();
    }

    /// <summary>Meta's words, plus what they mean for this connection; a bad token says which secret to replace.</summary>
    private static AdsProviderException Explained(MetaAdsException exception, MetaAdsAccount account) => exception.Code == MetaAdsException.InvalidToken
        ? new AdsProviderException(
            $"The access token of {account} was refused as invalid or expired: {exception.Message}. Store a valid token in secret '{account.SecretName}' (POST /api/secrets).", exception)
        : new AdsProviderException($"{exception.Message} ({account})", exception);
}
