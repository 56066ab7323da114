using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>What resumed a bookmark: the payload sent by the outside world, or its time-out.</summary>
public sealed record ResumeInput(JsonNode? Payload, bool TimedOut, JsonNode? BookmarkData);
