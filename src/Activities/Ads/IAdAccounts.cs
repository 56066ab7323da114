namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// A tenant's ad accounts, reached through its <c>ads</c> connections; the host implements it over the ads provider's
/// API (Meta's Marketing API) and its store.
/// </summary>
public interface IAdAccounts
{
    /// <summary>
    /// The account's campaigns with their figures for the preset. For a single day (today, yesterday) each campaign's
    /// figures are also recorded for that day, replacing an earlier read of the same day.
    /// </summary>
    /// <exception cref="AdsProviderException">The connection is missing or wrong, or the provider refused (its message in this one).</exception>
    Task<AdInsightsReport> GetInsightsAsync(AdInsightsRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the campaign's daily budget and changes it only when it differs from the asked one, so a re-run of the same
    /// step (a retry, a restart after a crash) does not change it twice.
    /// </summary>
    /// <exception cref="AdsProviderException">As <see cref="GetInsightsAsync"/>; also when the campaign has no daily budget of its own.</exception>
    Task<AdBudgetChange> SetDailyBudgetAsync(AdBudgetRequest request, CancellationToken cancellationToken);
}
