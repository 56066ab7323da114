using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Creates the lead or updates the one with the same e-mail (trimmed, any case) or phone (any format, same digits);
/// when the e-mail and the phone point at two leads, the e-mail's wins. Running it again changes nothing more.
/// </summary>
[Activity("UpsertLead", Category = "CRM", DisplayName = "Upsert lead", Description = "Creates or updates a lead, found by e-mail or phone.", Icon = "user-plus", HasSideEffects = true)]
public sealed class UpsertLead(ICrm crm) : Activity<UpsertLead.Input, UpsertLead.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string? Name = null,
        [Input(Description = "Identifies the lead (with the phone); kept trimmed and lower-case.")] string? Email = null,
        [Input(Description = "Identifies the lead (with the e-mail); kept as digits with the country code, e.g. +55 11 98765-4321.")] string? Phone = null,
        [Input(Description = "Where the lead came from: a campaign, a form, a channel.")] string? Source = null,
        [Input(Description = "0 to 100; unchanged when empty.")] int? Score = null,
        [Input(Options = [CrmVocabulary.NewLead, CrmVocabulary.Contacted, CrmVocabulary.Qualified, CrmVocabulary.Customer, CrmVocabulary.Lost], Description = "New leads start at 'new'; unchanged when empty.")] string? Stage = null,
        [Input(Description = "Merged key by key into the lead's meta.")] JsonObject? Meta = null);

    public sealed record Output(CrmLead Lead, bool Created);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("email", CrmInputs.Has(node, "email") || CrmInputs.Has(node, "phone") ? null : "UpsertLead needs an email or a phone: they identify the lead."),
        ("stage", CrmVocabulary.LeadStageProblem(CrmInputs.Text(node, "stage"))),
        ("score", CrmVocabulary.ScoreProblem(CrmInputs.Number(node, "score"))));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            var fields = new LeadFields(input.Name, input.Email, input.Phone, input.Source, input.Score, input.Stage, input.Meta);
            var (lead, created) = await crm.UpsertLeadAsync(context.Workflow.TenantId, fields, cancellationToken);
            return Complete(Done, new Output(lead, created));
        }
        catch (CrmException exception)
        {
            return ActivityResult.Fail($"UpsertLead: {exception.Message}");
        }
    }
}
