using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>The trigger activity that started an instance, completed with what the trigger received.</summary>
public sealed record TriggerStart(string ActivityId, JsonObject? Outputs);
