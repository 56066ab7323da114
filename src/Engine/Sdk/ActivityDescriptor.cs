using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>What <c>GET /api/activities</c> tells the Studio about one activity type, and how the engine builds it.</summary>
public sealed record ActivityDescriptor
{
    public required string Type { get; init; }
    public required string Category { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Icon { get; init; }
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }

    /// <summary>The static ports. Activities such as <c>Switch</c> add ports per node: see <see cref="PortsOf"/>.</summary>
    public required IReadOnlyList<string> Ports { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
    public ActivityKind Kind { get; init; }

    public bool HasSideEffects { get; init; }
    public bool DynamicPorts => PortsForNode is not null;

    [JsonIgnore] public required Type ClrType { get; init; }
    [JsonIgnore] public required Func<IServiceProvider, IActivity> Factory { get; init; }
    [JsonIgnore] public Func<ActivityNode, IReadOnlyList<string>>? PortsForNode { get; init; }
    [JsonIgnore] public Func<ActivityNode, IEnumerable<(string Input, string Message)>>? ValidateNode { get; init; }

    /// <summary>The ports one node of this type declares.</summary>
    public IReadOnlyList<string> PortsOf(ActivityNode node) => PortsForNode?.Invoke(node) ?? Ports;
}

public sealed record InputDescriptor(
    string Name,
    string Type,
    bool Required,
    JsonNode? Default,
    IReadOnlyList<string>? Options,
    string? Description,
    bool SupportsExpressions);

public sealed record OutputDescriptor(string Name, string Type);
