namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// What one converted Elsa activity offers its flowchart: where connections into it go (<see cref="InKey"/>), where
/// each of its outcomes leaves from, and the ports that end a branch when nothing is connected to them.
/// </summary>
internal sealed record Converted(string InKey, Func<string, Outbound?> Outbound, IReadOnlyList<Exit> ExitCandidates)
{
    /// <summary>Our activity type, when it became one.</summary>
    public string? OurType { get; init; }

    public string? UnmappedOutcomes { get; init; }
}

/// <summary>The graph node and port an Elsa outcome leaves from.</summary>
internal sealed record Outbound(string Key, string Port, string? Warning = null);

/// <summary>A port that ends a branch of a flowchart.</summary>
internal readonly record struct Exit(string Key, string Port);

/// <summary>A converted flowchart or embedded activity: where it starts and where its branches end.</summary>
internal sealed record Fragment(IReadOnlyList<string> Entries, IReadOnlyList<Exit> Exits)
{
    public static Fragment Empty { get; } = new([], []);
}
