using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Where an instance stands after a burst.</summary>
public sealed record RunResult(string InstanceId, WorkflowStatus Status, IReadOnlyDictionary<string, JsonNode?> Output, WorkflowInstance Instance);
