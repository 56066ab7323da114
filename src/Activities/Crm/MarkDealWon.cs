using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Marks a deal won (stage <c>won</c>, its won time set once) and publishes the platform event <c>deal.won</c> with the
/// deal and its lead, correlated by the lead's id. Only the execution that won the deal publishes: marking it won
/// again (another step, another workflow) changes nothing and publishes nothing, while a retry of the winning
/// execution publishes again, in case its first attempt stopped before it did.
/// </summary>
[Activity("MarkDealWon", Category = "CRM", DisplayName = "Mark deal won", Description = "Marks a deal won and publishes deal.won once.", Icon = "trophy", HasSideEffects = true)]
public sealed class MarkDealWon(ICrm crm, IEventPublisher events) : Activity<MarkDealWon.Input, MarkDealWon.Output>
{
    public const string EventName = "deal.won";

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(string DealId);

    /// <param name="Published">True when this execution won the deal and published <c>deal.won</c>.</param>
    public sealed record Output(CrmDeal Deal, bool Published);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var tenantId = context.Workflow.TenantId;
        if (await crm.MarkDealWonAsync(tenantId, input.DealId, context.ExecutionId, cancellationToken) is not { } win)
        {
            return ActivityResult.Fail($"MarkDealWon: deal '{input.DealId}' was not found.");
        }

        var (deal, won) = win;

        if (won)
        {
            var lead = await crm.GetLeadAsync(tenantId, deal.LeadId, cancellationToken);
            var payload = new JsonObject
            {
                ["deal"] = JsonSerializer.SerializeToNode(deal, DefinitionJson.Options),
                ["lead"] = lead is null ? null : JsonSerializer.SerializeToNode(lead, DefinitionJson.Options),
            };
            await events.PublishAsync(tenantId, EventName, deal.LeadId, payload, cancellationToken);
        }

        return Complete(Done, new Output(deal, won));
    }
}
