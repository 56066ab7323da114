using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Creatives;

/// <summary>A draft to save for one activity execution; saving it again for the same execution finds the first.</summary>
public sealed record NewCreative(
    string ExecutionId,
    string? InstanceId,
    string? WorkflowId,
    string BatchId,
    string? CampaignId,
    string? Headline,
    string Copy,
    string? Angle,
    string AbBucket,
    JsonObject? Meta);
