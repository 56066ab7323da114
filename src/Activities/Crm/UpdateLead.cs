using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>Moves a lead to a stage, sets its score and merges its meta; fails naming a lead that does not exist.</summary>
[Activity("UpdateLead", Category = "CRM", DisplayName = "Update lead", Description = "Sets a lead's stage and score, and merges its meta.", Icon = "user-pen", HasSideEffects = true)]
public sealed class UpdateLead(ICrm crm) : Activity<UpdateLead.Input, UpdateLead.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string LeadId,
        [Input(Options = [CrmVocabulary.NewLead, CrmVocabulary.Contacted, CrmVocabulary.Qualified, CrmVocabulary.Customer, CrmVocabulary.Lost], Description = "Unchanged when empty.")] string? Stage = null,
        [Input(Description = "0 to 100; unchanged when empty.")] int? Score = null,
        [Input(Description = "Merged key by key into the lead's meta (a null value removes the key).")] JsonObject? Meta = null);

    public sealed record Output(CrmLead Lead);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("stage", CrmVocabulary.LeadStageProblem(CrmInputs.Text(node, "stage"))),
        ("score", CrmVocabulary.ScoreProblem(CrmInputs.Number(node, "score"))));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            var lead = await crm.UpdateLeadAsync(context.Workflow.TenantId, input.LeadId, input.Stage, input.Score, input.Meta, cancellationToken);
            return lead is null
                ? ActivityResult.Fail($"UpdateLead: lead '{input.LeadId}' was not found.")
                : Complete(Done, new Output(lead));
        }
        catch (CrmException exception)
        {
            return ActivityResult.Fail($"UpdateLead: {exception.Message}");
        }
    }
}
