namespace WorkflowPlatform.Engine.Model;

/// <summary>
/// Makes a workflow a template: the fields a tenant fills in to get a copy of its own (<c>POST
/// /api/workflows/{id}/instantiate</c>). The definition refers to a field as <c>{{ template.name }}</c> inside any
/// string, or as <c>{ "$template": "name" }</c> for a whole typed value; the template itself runs with the defaults.
/// </summary>
public sealed record WorkflowTemplate
{
    public IReadOnlyList<TemplateField> Fields { get; init; } = [];
}
