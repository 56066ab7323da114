using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Creatives;

/// <summary>
/// Credits a won deal to the creative that brought it: the one given by id; else the campaign's creative in the A/B
/// bucket; else the campaign's only approved creative. The creative becomes the winner (its won time set once) and the
/// deal is linked to it once, so running it again changes nothing more. No such creative: port NotFound, nothing changes.
/// </summary>
[Activity("MarkCreativeWinner", Category = "Marketing", DisplayName = "Mark creative winner", Description = "Marks the creative that brought a deal as the winner and links the deal.", Icon = "award", HasSideEffects = true)]
public sealed class MarkCreativeWinner(ICreatives creatives, ICrm crm) : Activity<MarkCreativeWinner.Input, MarkCreativeWinner.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port NotFound = new("NotFound");
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The won deal (of the built-in CRM).")] string DealId,
        [Input(Description = "The deal's lead; by default the deal's own.")] string? LeadId = null,
        [Input(Description = "The creative, when known; else campaignId (and abBucket) find it.")] string? CreativeId = null,
        string? CampaignId = null,
        [Input(Description = "With campaignId: the bucket whose creative brought the deal. Without it, the campaign must have one approved creative.")] string? AbBucket = null);

    /// <param name="Creative">The winner; null on NotFound.</param>
    /// <param name="Linked">False when the deal was linked to the creative already (or on NotFound).</param>
    /// <param name="Reason">On NotFound, why no creative was found.</param>
    public sealed record Output(Creative? Creative, bool Linked, string? Reason = null);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("creativeId", CrmInputs.Has(node, "creativeId") || CrmInputs.Has(node, "campaignId") ? null : NeedsCreative),
        ("abBucket", CrmInputs.Text(node, "abBucket") is { } bucket ? CreativeVocabulary.BucketProblem(bucket) : null));

    private const string NeedsCreative = "MarkCreativeWinner needs a creativeId, or a campaignId (with an abBucket when the campaign has several approved creatives).";

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (creativeId, campaignId, abBucket) = (Clean(input.CreativeId), Clean(input.CampaignId), Clean(input.AbBucket));
        if (string.IsNullOrWhiteSpace(input.DealId))
        {
            return ActivityResult.Fail("MarkCreativeWinner: dealId is required: the won deal to credit.");
        }

        if (creativeId is null && campaignId is null)
        {
            return ActivityResult.Fail(NeedsCreative);
        }

        if (creativeId is null && abBucket is not null && CreativeVocabulary.BucketProblem(abBucket) is { } bucketProblem)
        {
            return ActivityResult.Fail($"MarkCreativeWinner: {bucketProblem}");
        }

        var tenantId = context.Workflow.TenantId;
        var dealId = input.DealId.Trim();
        if (await crm.GetDealAsync(tenantId, dealId, cancellationToken) is not { } deal)
        {
            return ActivityResult.Fail($"MarkCreativeWinner: deal '{dealId}' was not found.");
        }

        var leadId = Clean(input.LeadId) ?? deal.LeadId;
        if (leadId != deal.LeadId)
        {
            return ActivityResult.Fail($"MarkCreativeWinner: deal '{dealId}' is with lead '{deal.LeadId}', not with lead '{leadId}'.");
        }

        var (creative, reason) = await FindAsync(tenantId, creativeId, campaignId, abBucket, cancellationToken);
        if (creative is null || await creatives.MarkWinnerAsync(tenantId, creative.Id, dealId, leadId, cancellationToken) is not { } win)
        {
            return Complete(NotFound, new Output(null, false, reason ?? $"creative '{creative?.Id}' was not found."));
        }

        return Complete(Done, new Output(win.Creative, win.Linked));
    }

    private async Task<(Creative? Creative, string? Reason)> FindAsync(string tenantId, string? creativeId, string? campaignId, string? abBucket, CancellationToken cancellationToken)
    {
        if (creativeId is not null)
        {
            return await creatives.GetAsync(tenantId, creativeId, cancellationToken) is { } byId ? (byId, null) : (null, $"creative '{creativeId}' was not found.");
        }

        if (abBucket is not null)
        {
            return await creatives.FindByBucketAsync(tenantId, campaignId!, abBucket, cancellationToken) is { } byBucket
                ? (byBucket, null)
                : (null, $"campaign '{campaignId}' has no creative in bucket '{abBucket}'.");
        }

        var approved = await creatives.ListApprovedAsync(tenantId, campaignId!, 2, cancellationToken);
        return approved.Count switch
        {
            1 => (approved[0], null),
            0 => (null, $"campaign '{campaignId}' has no approved creative."),
            _ => (null, $"campaign '{campaignId}' has several approved creatives; give the creativeId or the abBucket."),
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
