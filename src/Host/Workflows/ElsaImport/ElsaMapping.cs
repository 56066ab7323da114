using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>What one Elsa activity becomes.</summary>
internal abstract record ElsaMapping
{
    /// <summary>Maps Elsa outcomes to the ports a node of <paramref name="ports"/> declares, by the same name.</summary>
    public static Func<string, PortMapping?> SamePorts(params string[] ports) =>
        outcome => ports.Contains(outcome, StringComparer.Ordinal) ? new PortMapping(outcome) : null;
}

/// <summary>One of our activities. <see cref="Ports"/> maps an Elsa outcome to our port, or null when it has none.</summary>
internal sealed record MapsTo(string Type, JsonObject Inputs, Func<string, PortMapping?> Ports) : ElsaMapping
{
    /// <summary>Why the outcomes <see cref="Ports"/> leaves out have no counterpart, when there is more to say than that.</summary>
    public string? UnmappedOutcomes { get; init; }
}

/// <summary>Our port for an Elsa outcome; <see cref="Warning"/> says how the meaning differs, when it does.</summary>
internal sealed record PortMapping(string Port, string? Warning = null);

/// <summary>
/// Nothing: the activity only passes control on (<c>Start</c>; <c>FlowFork</c>, since several connections from one port
/// already run as parallel branches). Its inbound connections are joined straight to its outbound ones.
/// </summary>
internal sealed record FoldsAway : ElsaMapping;

/// <summary>No counterpart; the reason goes to the answer's <c>unmapped</c>.</summary>
internal sealed record NotMapped(string Reason) : ElsaMapping;
