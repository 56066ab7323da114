using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>What an upsert says about a lead; null fields leave an existing lead's values as they are, and meta is merged.</summary>
public sealed record LeadFields(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? Source = null,
    int? Score = null,
    string? Stage = null,
    JsonObject? Meta = null);
