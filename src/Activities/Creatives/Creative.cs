using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Creatives;

/// <summary>
/// An ad copy as activities and the API show it: the batch it was written in, its campaign and A/B bucket, and where it
/// stands (<c>draft</c>, <c>approved</c>, <c>winner</c>) with when it was approved and when it first won a deal.
/// </summary>
public sealed record Creative(
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
    JsonObject? Meta = null);
