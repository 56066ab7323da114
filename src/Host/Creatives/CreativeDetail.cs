using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Creatives;

namespace WorkflowPlatform.Host.Creatives;

/// <summary><c>GET /api/creatives/{id}</c>: the creative with the deals it brought.</summary>
internal sealed record CreativeDetail(
    string Id,
    string BatchId,
    string? CampaignId,
    string? Headline,
    string Copy,
    string? Angle,
    string AbBucket,
    string Status,
    string? WorkflowId,
    string? InstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? WonAt,
    JsonObject? Meta,
    IReadOnlyList<CreativeDeal> Deals)
{
    public static CreativeDetail Of(Creative c, IReadOnlyList<CreativeDeal> deals) =>
        new(c.Id, c.BatchId, c.CampaignId, c.Headline, c.Copy, c.Angle, c.AbBucket, c.Status, c.WorkflowId, c.InstanceId,
            c.CreatedAt, c.UpdatedAt, c.ApprovedAt, c.WonAt, c.Meta, deals);
}
