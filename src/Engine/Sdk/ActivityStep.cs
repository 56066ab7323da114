using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>A step an activity reported while it ran, kept until the engine writes it to the journal with the activity's result.</summary>
internal sealed record ActivityStep(string Kind, DateTimeOffset At, JsonObject? Inputs, JsonObject? Outputs, string? Error, double? DurationMs);
