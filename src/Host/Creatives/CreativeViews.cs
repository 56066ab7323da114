using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Creatives;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Creatives;

/// <summary>The creatives' rows as activities and the API show them (one shape for both).</summary>
internal static class CreativeViews
{
    public static Creative Creative(CreativeRow row) =>
        new(row.Id, row.BatchId, row.CampaignId, row.Headline, row.Copy, row.Angle, row.AbBucket, row.Status, row.WorkflowId, row.InstanceId,
            row.CreatedAt, row.UpdatedAt, row.ApprovedAt, row.WonAt, row.Meta is null ? null : JsonNode.Parse(row.Meta) as JsonObject);

    public static CreativeDeal Deal(CreativeDealRow row) => new(row.DealId, row.LeadId, row.At);
}
