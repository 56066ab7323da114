using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Creatives;

/// <summary>
/// Stores an ad copy as a draft for a person to approve. The draft belongs to the execution, so a re-run of this step
/// (a retry, a crash before the instance was saved) finds the creative it saved instead of saving a second one.
/// </summary>
[Activity("SaveCreative", Category = "Marketing", DisplayName = "Save creative", Description = "Stores an ad copy (headline, angle, A/B bucket) as a draft to approve.", Icon = "pen-tool", HasSideEffects = true)]
public sealed class SaveCreative(ICreatives creatives) : Activity<SaveCreative.Input, SaveCreative.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The ad text.")] string Copy,
        [Input(Description = "The A/B bucket the copy runs in, such as A, B or C.")] string AbBucket,
        string? Headline = null,
        [Input(Description = "The idea the copy plays on: price, urgency, social proof.")] string? Angle = null,
        [Input(Description = "The ads campaign the copy is for.")] string? CampaignId = null,
        [Input(Description = "The creatives written together; by default the instance, so one run's copies are one batch.")] string? BatchId = null,
        JsonObject? Meta = null);

    public sealed record Output(Creative Creative);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("copy", CrmInputs.Text(node, "copy") is { } copy ? CreativeVocabulary.CopyProblem(copy) : null),
        ("abBucket", CrmInputs.Text(node, "abBucket") is { } bucket ? CreativeVocabulary.BucketProblem(bucket) : null),
        ("headline", CreativeVocabulary.LengthProblem(CrmInputs.Text(node, "headline"), CreativeVocabulary.MaxHeadline, "headline")),
        ("angle", CreativeVocabulary.LengthProblem(CrmInputs.Text(node, "angle"), CreativeVocabulary.MaxAngle, "angle")),
        ("campaignId", CreativeVocabulary.LengthProblem(CrmInputs.Text(node, "campaignId"), CreativeVocabulary.MaxId, "campaignId")),
        ("batchId", CreativeVocabulary.LengthProblem(CrmInputs.Text(node, "batchId"), CreativeVocabulary.MaxId, "batchId")));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var problem = CreativeVocabulary.CopyProblem(input.Copy)
                      ?? CreativeVocabulary.BucketProblem(input.AbBucket)
                      ?? CreativeVocabulary.LengthProblem(input.Headline, CreativeVocabulary.MaxHeadline, "headline")
                      ?? CreativeVocabulary.LengthProblem(input.Angle, CreativeVocabulary.MaxAngle, "angle")
                      ?? CreativeVocabulary.LengthProblem(input.CampaignId, CreativeVocabulary.MaxId, "campaignId")
                      ?? CreativeVocabulary.LengthProblem(input.BatchId, CreativeVocabulary.MaxId, "batchId");
        if (problem is not null)
        {
            return ActivityResult.Fail($"SaveCreative: {problem}");
        }

        var workflow = context.Workflow;
        var draft = new NewCreative(
            context.ExecutionId,
            workflow.InstanceId,
            workflow.DefinitionId,
            Clean(input.BatchId) ?? workflow.InstanceId,
            Clean(input.CampaignId),
            Clean(input.Headline),
            input.Copy.Trim(),
            Clean(input.Angle),
            input.AbBucket.Trim(),
            input.Meta);
        return Complete(Done, new Output(await creatives.SaveDraftAsync(workflow.TenantId, draft, cancellationToken)));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
