using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Host.Api;

/// <summary>A row of <c>GET /api/activities</c>: the descriptor as the Studio reads it (kind: action, trigger or blocking).</summary>
internal sealed record ActivityView(
    string Type,
    string Category,
    string DisplayName,
    string? Description,
    string? Icon,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Ports,
    bool DynamicPorts,
    string Kind,
    bool HasSideEffects)
{
    public static ActivityView From(ActivityDescriptor descriptor) => new(
        descriptor.Type,
        descriptor.Category,
        descriptor.DisplayName,
        descriptor.Description,
        descriptor.Icon,
        descriptor.Inputs,
        descriptor.Outputs,
        descriptor.Ports,
        descriptor.DynamicPorts,
        descriptor.Kind.ToString().ToLowerInvariant(),
        descriptor.HasSideEffects);
}
