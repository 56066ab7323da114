namespace WorkflowPlatform.Activities.Creatives;

/// <summary>A tenant's ad creatives; the host implements it over its store. Lookups answer null for what the tenant does not have.</summary>
public interface ICreatives
{
    /// <summary>Saves the draft of this execution: created on the first call, the same creative on every later call.</summary>
    Task<Creative> SaveDraftAsync(string tenantId, NewCreative creative, CancellationToken cancellationToken);

    Task<Creative?> GetAsync(string tenantId, string creativeId, CancellationToken cancellationToken);

    /// <summary>The newest approved (or winner) creative of the campaign in the bucket, else its newest draft there.</summary>
    Task<Creative?> FindByBucketAsync(string tenantId, string campaignId, string abBucket, CancellationToken cancellationToken);

    /// <summary>The campaign's approved and winner creatives, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Creative>> ListApprovedAsync(string tenantId, string campaignId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the creative the winner (its won time set once) and links the deal once; <c>Linked</c> is false when the deal
    /// was linked already. Null when the creative does not exist.
    /// </summary>
    Task<(Creative Creative, bool Linked)?> MarkWinnerAsync(string tenantId, string creativeId, string dealId, string? leadId, CancellationToken cancellationToken);
}
