using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Model;

/// <summary>The template version a workflow was made from, and the values it was filled with.</summary>
public sealed record TemplateOrigin
{
    public required string TemplateId { get; init; }
    public int Version { get; init; }
    public JsonObject Values { get; init; } = [];
}
