using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Crm;

/// <summary>The CRM's rows as activities and the API show them (one shape for both).</summary>
internal static class CrmViews
{
    public static CrmLead Lead(LeadRow row) =>
        new(row.Id, row.Name, row.Email, row.Phone, row.Source, row.Score, row.Stage, Meta(row.Meta), row.CreatedAt, row.UpdatedAt);

    public static CrmThread Thread(ThreadRow row) => new(row.Id, row.LeadId, row.Channel, row.ExternalId, row.CreatedAt, row.UpdatedAt);

    public static CrmMessage Message(MessageRow row) => new(row.Id, row.ThreadId, row.Direction, row.Sender, row.Body, Meta(row.Meta), row.CreatedAt);

    /// <summary>A deal's meta is the platform's own (who won it), so it is not shown.</summary>
    public static CrmDeal Deal(DealRow row) =>
        new(row.Id, row.LeadId, row.Title, row.ValueCents, row.Currency, row.Stage, row.WonAt, row.CreatedAt, row.UpdatedAt);

    public static ListedDeal ListedDeal(DealWithLead found)
    {
        var (deal, lead) = (found.Deal, found.Lead);
        return new(deal.Id, deal.LeadId, deal.Title, deal.ValueCents, deal.Currency, deal.Stage, deal.WonAt, deal.CreatedAt, deal.UpdatedAt,
            lead is null ? null : new DealLead(lead.Id, lead.Name, lead.Email, lead.Phone));
    }

    private static JsonObject? Meta(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;
}
