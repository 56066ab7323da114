using WorkflowPlatform.Activities.Creatives;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Creatives;

/// <summary>The creative activities' <see cref="ICreatives"/> over the store.</summary>
internal sealed class StoreCreatives(CreativeStore store) : ICreatives
{
    public async Task<Creative> SaveDraftAsync(string tenantId, NewCreative creative, CancellationToken cancellationToken)
    {
        var row = new CreativeRow
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7().ToString("N"),
            ExecutionId = creative.ExecutionId,
            InstanceId = creative.InstanceId,
            WorkflowId = creative.WorkflowId,
            BatchId = creative.BatchId,
            CampaignId = creative.CampaignId,
            Headline = creative.Headline,
            Copy = creative.Copy,
            Angle = creative.Angle,
            AbBucket = creative.AbBucket,
            Status = CreativeStore.Draft,
            Meta = creative.Meta?.ToJsonString(),
        };
        return CreativeViews.Creative(await store.SaveDraftAsync(row, cancellationToken));
    }

    public async Task<Creative?> GetAsync(string tenantId, string creativeId, CancellationToken cancellationToken) =>
        await store.GetAsync(tenantId, creativeId, cancellationToken) is { } row ? CreativeViews.Creative(row) : null;

    public async Task<Creative?> FindByBucketAsync(string tenantId, string campaignId, string abBucket, CancellationToken cancellationToken) =>
        await store.FindByBucketAsync(tenantId, campaignId, abBucket, cancellationToken) is { } row ? CreativeViews.Creative(row) : null;

    public async Task<IReadOnlyList<Creative>> ListApprovedAsync(string tenantId, string campaignId, int limit, CancellationToken cancellationToken) =>
        (await store.ListApprovedAsync(tenantId, campaignId, limit, cancellationToken)).Select(CreativeViews.Creative).ToList();

    public async Task<(Creative Creative, bool Linked)?> MarkWinnerAsync(string tenantId, string creativeId, string dealId, string? leadId, CancellationToken cancellationToken) =>
        await store.MarkWinnerAsync(tenantId, creativeId, dealId, leadId, cancellationToken) is { } win ? (CreativeViews.Creative(win.Creative), win.Linked) : null;
}
