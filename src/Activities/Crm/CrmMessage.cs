using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>One message of a thread: <c>inbound</c> from the lead, <c>outbound</c> to the lead. Ids grow in the thread's order.</summary>
public sealed record CrmMessage(long Id, string ThreadId, string Direction, string? Sender, string Body, JsonObject? Meta, DateTimeOffset CreatedAt);
