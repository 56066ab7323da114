using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary>The tenant's new workflow, and the HTTP routes its endpoints answer on.</summary>
internal sealed record InstantiationResult(
    string Id,
    int Version,
    bool Published,
    string TemplateId,
    int TemplateVersion,
    IReadOnlyList<string> HttpRoutes,
    WorkflowDefinition Definition);
