using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>A message to append to a thread.</summary>
/// <param name="ExecutionId">
/// The activity execution that writes it: a message with one is added once, and a re-run of the execution gets the
/// stored message back. Null for messages from elsewhere (the API, an import).
/// </param>
public sealed record NewMessage(string Direction, string? Sender, string Body, JsonObject? Meta = null, string? ExecutionId = null);
