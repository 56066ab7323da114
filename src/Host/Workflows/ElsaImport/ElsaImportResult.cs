using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>An Elsa 3 export converted to our format, with what changed on the way and what was left out.</summary>
internal sealed record ElsaImportResult(WorkflowDefinition Definition, IReadOnlyList<ImportWarning> Warnings, IReadOnlyList<UnmappedActivity> Unmapped);

/// <summary>Something imported with a difference; <see cref="Path"/> is the JSON path in the Elsa document.</summary>
internal sealed record ImportWarning(string Path, string Message);

/// <summary>An Elsa activity that is not in the imported definition, by its Elsa id and type.</summary>
internal sealed record UnmappedActivity(string ActivityId, string Type, string Reason);
