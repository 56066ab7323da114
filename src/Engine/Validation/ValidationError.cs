namespace WorkflowPlatform.Engine.Validation;

/// <summary>One problem in a definition, with the JSON path of the offending value (<c>activities[2].inputs.condition</c>).</summary>
public sealed record ValidationError(string Path, string Message);
