using System.Text.Json.Serialization;

namespace WorkflowPlatform.Engine.Model;

/// <summary>A workflow definition document, as described in the workflow format spec (v1).</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Assigned by the server on save; ignored on input.</summary>
    public int Version { get; init; }

    public IReadOnlyList<WorkflowParameter> Inputs { get; init; } = [];
    public IReadOnlyList<WorkflowParameter> Outputs { get; init; } = [];
    public IReadOnlyList<WorkflowParameter> Variables { get; init; } = [];
    public WorkflowOptions Options { get; init; } = new();
    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>Set when AI agents may call this workflow as a tool; null for an ordinary workflow.</summary>
    public WorkflowTool? Tool { get; init; }

    /// <summary>Set when the workflow is a template that tenants fill in to get their own copy; null otherwise.</summary>
    public WorkflowTemplate? Template { get; init; }

    /// <summary>Set on a copy made from a template: which one, and the values it was filled with.</summary>
    public TemplateOrigin? InstantiatedFrom { get; init; }

    [JsonIgnore]
    public string DisplayName => Name ?? Id;
}
