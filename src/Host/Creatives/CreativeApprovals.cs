using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Creatives;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Creatives;

/// <summary>What an approval request did: the creatives after it, or the ids the tenant does not have (then nothing changed).</summary>
internal sealed record ApprovalOutcome(IReadOnlyList<Creative> Creatives, IReadOnlyList<string> Unknown);

/// <summary>
/// Approves drafts and announces them: <c>creative.approved</c> once per batch that gained approved creatives in this
/// call, correlated by the batch id, with <c>{ batchId, campaignId, creatives }</c> (the creatives this call approved).
/// The store's conditional updates decide between concurrent approvals, so a creative is announced once.
/// </summary>
internal sealed class CreativeApprovals(CreativeStore store, IEventPublisher events, ILogger<CreativeApprovals> logger)
{
    public async Task<ApprovalOutcome> ApproveAsync(string tenantId, IReadOnlyCollection<string> creativeIds, CancellationToken cancellationToken)
    {
        var approval = await store.ApproveAsync(tenantId, creativeIds, cancellationToken);
        if (approval.Unknown.Count > 0)
        {
            return new ApprovalOutcome([], approval.Unknown);
        }

        var creatives = approval.Creatives.Select(CreativeViews.Creative).ToList();
        foreach (var batch in creatives.Where(c => approval.Approved.Contains(c.Id)).GroupBy(c => c.BatchId, StringComparer.Ordinal))
        {
            var payload = new JsonObject
            {
                ["batchId"] = batch.Key,
                ["campaignId"] = batch.Select(c => c.CampaignId).FirstOrDefault(id => id is not null),
                ["creatives"] = JsonSerializer.SerializeToNode(batch.ToList(), DefinitionJson.Options),
            };
            try
            {
                // The approval is stored: announcing it must not stop half-way because the caller went away.
                await events.PublishAsync(tenantId, CreativeVocabulary.ApprovedEvent, batch.Key, payload, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Creatives of batch {BatchId} were approved, but publishing {Event} failed", batch.Key, CreativeVocabulary.ApprovedEvent);
            }
        }

        return new ApprovalOutcome(creatives, []);
    }
}
