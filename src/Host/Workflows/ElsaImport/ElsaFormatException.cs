namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>The document is not a well-formed Elsa 3 export: <see cref="Path"/> names where, <see cref="Problem"/> what.</summary>
internal sealed class ElsaFormatException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;

    public string Problem { get; } = problem;
}
