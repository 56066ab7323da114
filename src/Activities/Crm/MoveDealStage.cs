using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>Moves a deal along the pipeline. A won deal stays won, and only <c>MarkDealWon</c> makes a deal won.</summary>
[Activity("MoveDealStage", Category = "CRM", DisplayName = "Move deal stage", Description = "Moves a deal to another stage of the pipeline.", Icon = "kanban", HasSideEffects = true)]
public sealed class MoveDealStage(ICrm crm) : Activity<MoveDealStage.Input, MoveDealStage.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string DealId,
        [Input(Options = [CrmVocabulary.OpenDeal, CrmVocabulary.Proposal, CrmVocabulary.Negotiation, CrmVocabulary.Lost])] string Stage);

    public sealed record Output(CrmDeal Deal);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("stage", CrmVocabulary.DealStageProblem(CrmInputs.Text(node, "stage"))));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (CrmVocabulary.DealStageProblem(input.Stage) is { } problem)
        {
            return ActivityResult.Fail($"MoveDealStage: {problem}");
        }

        var deal = await crm.MoveDealStageAsync(context.Workflow.TenantId, input.DealId, input.Stage, cancellationToken);
        if (deal is null)
        {
            return ActivityResult.Fail($"MoveDealStage: deal '{input.DealId}' was not found.");
        }

        return deal.WonAt is { } wonAt
            ? ActivityResult.Fail($"MoveDealStage: deal '{input.DealId}' was won at {wonAt:O}; a won deal keeps its stage.")
            : Complete(Done, new Output(deal));
    }
}
