using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>A message to append to a thread.</summary>
public sealed record NewMessage(string Direction, string? Sender, string Body, JsonObject? Meta = null);
