using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;

namespace WorkflowPlatform.Host.Crm;

/// <summary><c>GET /api/leads/{id}</c>: the lead with its threads and deals.</summary>
internal sealed record LeadDetail(
    string Id,
    string? Name,
    string? Email,
    string? Phone,
    string? Source,
    int Score,
    string Stage,
    JsonObject? Meta,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CrmThread> Threads,
    IReadOnlyList<CrmDeal> Deals)
{
    public static LeadDetail Of(CrmLead lead, IReadOnlyList<CrmThread> threads, IReadOnlyList<CrmDeal> deals) =>
        new(lead.Id, lead.Name, lead.Email, lead.Phone, lead.Source, lead.Score, lead.Stage, lead.Meta, lead.CreatedAt, lead.UpdatedAt, threads, deals);
}
