using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary>A row of <c>GET /api/templates</c>: a template the tenant may instantiate, its own or the platform's.</summary>
internal sealed record TemplateSummary(
    string Id,
    string? Name,
    string? Description,
    IReadOnlyList<string> Tags,
    int Version,
    string Source,
    IReadOnlyList<TemplateField> Fields);
