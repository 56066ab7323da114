using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>A lead as activities and the API show it: e-mail lower-case, phone as digits with its country code.</summary>
public sealed record CrmLead(
    string Id,
    string? Name,
    string? Email,
    string? Phone,
    string? Source,
    int Score,
    string Stage,
    JsonObject? Meta,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
