using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Opens a deal with a lead. The deal's id comes from the execution id, so a re-run of this step (a retry, a crash
/// before the instance was saved) finds the deal it made instead of making a second one.
/// </summary>
[Activity("CreateDeal", Category = "CRM", DisplayName = "Create deal", Description = "Opens a deal with a lead: title, value in cents, currency and stage.", Icon = "handshake", HasSideEffects = true)]
public sealed class CreateDeal(ICrm crm) : Activity<CreateDeal.Input, CreateDeal.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string LeadId,
        string Title,
        [Input(Description = "The value in cents of the currency (R$ 499,00 is 49900).")] long ValueCents,
        [Input(Description = "ISO 4217 code.")] string Currency = CrmVocabulary.DefaultCurrency,
        [Input(Options = [CrmVocabulary.OpenDeal, CrmVocabulary.Proposal, CrmVocabulary.Negotiation, CrmVocabulary.Lost])] string Stage = CrmVocabulary.OpenDeal);

    public sealed record Output(CrmDeal Deal);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("valueCents", CrmVocabulary.ValueProblem(CrmInputs.Number(node, "valueCents"))),
        ("currency", CrmVocabulary.CurrencyProblem(CrmInputs.Text(node, "currency"))),
        ("stage", CrmVocabulary.DealStageProblem(CrmInputs.Text(node, "stage"))));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if ((CrmVocabulary.ValueProblem(input.ValueCents) ?? CrmVocabulary.CurrencyProblem(input.Currency) ?? CrmVocabulary.DealStageProblem(input.Stage)) is { } problem)
        {
            return ActivityResult.Fail($"CreateDeal: {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        if (await crm.GetLeadAsync(tenantId, input.LeadId, cancellationToken) is null)
        {
            return ActivityResult.Fail($"CreateDeal: lead '{input.LeadId}' was not found.");
        }

        var deal = new NewDeal(IdOf(context.ExecutionId), input.LeadId, input.Title, input.ValueCents, input.Currency.ToUpperInvariant(), input.Stage);
        return Complete(Done, new Output(await crm.CreateDealAsync(tenantId, deal, cancellationToken)));
    }

    /// <summary>A deal id shaped like the platform's other ids, the same for every attempt of one execution.</summary>
    private static string IdOf(string executionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(executionId)))[..32];
}
