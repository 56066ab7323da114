using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Reads a lead as it is now, by id or by e-mail or phone: a flow that waited for days sees what other flows changed
/// meanwhile (a stage, a paused nurture, a hand-off to a person).
/// </summary>
[Activity("GetLead", Category = "CRM", DisplayName = "Get lead", Description = "Reads a lead by id, e-mail or phone; NotFound when there is none.", Icon = "user-search")]
public sealed class GetLead(ICrm crm) : Activity<GetLead.Input, GetLead.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port NotFound = new("NotFound");

    public sealed record Input(string? LeadId = null, string? Email = null, string? Phone = null);

    public sealed record Output(CrmLead Lead);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("leadId", CrmInputs.Has(node, "leadId") || CrmInputs.Has(node, "email") || CrmInputs.Has(node, "phone") ? null : "GetLead needs a leadId, an email or a phone."));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var tenantId = context.Workflow.TenantId;
        var lead = !string.IsNullOrWhiteSpace(input.LeadId)
            ? await crm.GetLeadAsync(tenantId, input.LeadId, cancellationToken)
            : !string.IsNullOrWhiteSpace(input.Email) || !string.IsNullOrWhiteSpace(input.Phone)
                ? await crm.FindLeadAsync(tenantId, input.Email, input.Phone, cancellationToken)
                : null;
        if (lead is null && string.IsNullOrWhiteSpace(input.LeadId) && string.IsNullOrWhiteSpace(input.Email) && string.IsNullOrWhiteSpace(input.Phone))
        {
            return ActivityResult.Fail("GetLead needs a leadId, an email or a phone.");
        }

        return lead is null ? ActivityResult.To(NotFound) : Complete(Done, new Output(lead));
    }
}
