using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Model;

/// <summary>A declared workflow input, output or variable.</summary>
public sealed record WorkflowParameter
{
    public required string Name { get; init; }
    public string Type { get; init; } = "any";
    public bool Required { get; init; }
    public JsonNode? Default { get; init; }
    public string? Description { get; init; }
}
