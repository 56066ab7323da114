using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Model;

/// <summary>One value a template asks for: what it is, how the setup form shows it, and what it is when left out.</summary>
public sealed record TemplateField
{
    public required string Name { get; init; }

    /// <summary>One of <see cref="TemplateFieldTypes.All"/>.</summary>
    public string Type { get; init; } = TemplateFieldTypes.String;

    public string? Label { get; init; }
    public string? Description { get; init; }

    /// <summary>The value when none is given; a field without one must be given a value.</summary>
    public JsonNode? Default { get; init; }

    /// <summary>The choices of a <c>select</c> field.</summary>
    public IReadOnlyList<string>? Options { get; init; }
}
