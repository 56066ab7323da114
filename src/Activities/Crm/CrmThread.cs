namespace WorkflowPlatform.Activities.Crm;

/// <summary>A conversation with a lead on one channel, known there by its external id (a chat id, an e-mail thread).</summary>
public sealed record CrmThread(string Id, string LeadId, string Channel, string? ExternalId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
