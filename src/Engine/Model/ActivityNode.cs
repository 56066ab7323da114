using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Model;

/// <summary>One activity (node) of a flowchart.</summary>
public sealed record ActivityNode
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Input values: JSON literals or expression objects (<c>$js</c>, <c>$liquid</c>, <c>$secret</c>).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; init; } = new Dictionary<string, JsonNode?>();

    public RetryPolicy? Retry { get; init; }

    /// <summary>ISO-8601 duration bounding one attempt.</summary>
    public string? Timeout { get; init; }

    public Position? Position { get; init; }
}

public sealed record Position(double X, double Y);
