using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ads;

/// <summary>
/// Sets a campaign's daily budget to an absolute value, never below a minimum. The current budget is read first and the
/// change is sent only when it differs, so a re-run of the step (a retry, a restart after a crash) never changes it
/// twice; the provider has no idempotency key for this call.
/// </summary>
[Activity("UpdateAdBudget", Category = "Ads", DisplayName = "Update ad budget",
    Description = "Sets a campaign's daily budget (minor units), at least the minimum; sends nothing when it is already that.", Icon = "wallet", HasSideEffects = true)]
public sealed class UpdateAdBudget(IAdAccounts accounts) : Activity<UpdateAdBudget.Input, UpdateAdBudget.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The campaign whose daily budget changes.")] string CampaignId,
        [Input(Description = "The new daily budget in minor units of the account's currency (5000 is R$ 50,00), not a difference.")] long DailyBudgetCents,
        [Input(Description = "The budget is never set below this (minor units).")] long MinimumCents = AdsVocabulary.DefaultMinimumCents,
        [Input(Description = "An ads connection of the tenant (PUT /api/connections/{name}).")] string Connection = "default");

    /// <param name="DailyBudgetCents">The budget the campaign has now (the asked one, or the minimum).</param>
    /// <param name="Changed">False when the campaign already had that budget, and nothing was sent.</param>
    public sealed record Output(string CampaignId, long PreviousCents, long DailyBudgetCents, bool Changed);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("campaignId", node.Inputs.GetValueOrDefault("campaignId") switch
        {
            JsonValue id when id.GetValueKind() == JsonValueKind.String => AdsVocabulary.CampaignIdProblem(id.GetValue<string>()),
            JsonValue id when id.GetValueKind() != JsonValueKind.Null => $"'campaignId' must be text (a campaign id in quotes); got {id.ToJsonString()}.",
            _ => null, // missing (the engine says it is required) or an expression (checked when it runs)
        }),
        ("dailyBudgetCents", CrmInputs.KindProblem(node, "dailyBudgetCents", JsonValueKind.Number)
                             ?? (CrmInputs.Number(node, "dailyBudgetCents") is { } budget ? AdsVocabulary.BudgetProblem(budget) : null)),
        ("minimumCents", CrmInputs.KindProblem(node, "minimumCents", JsonValueKind.Number)
                         ?? (CrmInputs.Number(node, "minimumCents") is { } minimum ? AdsVocabulary.MinimumProblem(minimum) : null)),
        ("connection", CrmInputs.Text(node, "connection") is { } connection ? AdsVocabulary.NotEmptyProblem("connection", connection) : null));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var problem = AdsVocabulary.CampaignIdProblem(input.CampaignId)
                      ?? AdsVocabulary.BudgetProblem(input.DailyBudgetCents)
                      ?? AdsVocabulary.MinimumProblem(input.MinimumCents)
                      ?? AdsVocabulary.NotEmptyProblem("connection", input.Connection);
        if (problem is not null)
        {
            return ActivityResult.Fail($"UpdateAdBudget: {problem}");
        }

        try
        {
            var change = await accounts.SetDailyBudgetAsync(new AdBudgetRequest(
                context.Workflow.TenantId, input.Connection.Trim(), input.CampaignId.Trim(), Math.Max(input.DailyBudgetCents, input.MinimumCents)), cancellationToken);
            return Complete(Done, new Output(change.CampaignId, change.PreviousCents, change.DailyBudgetCents, change.Changed));
        }
        catch (AdsProviderException exception)
        {
            return ActivityResult.Fail($"UpdateAdBudget: {exception.Message}");
        }
    }
}
