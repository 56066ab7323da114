using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>One activity of a compiled workflow: its descriptor, parsed inputs, policies and outgoing edges.</summary>
public sealed class CompiledActivity
{
    public required int Index { get; init; }
    public required ActivityNode Node { get; init; }
    public required ActivityDescriptor Descriptor { get; init; }
    public required IReadOnlyList<KeyValuePair<string, CompiledValue>> Inputs { get; init; }
    public TimeSpan? Timeout { get; init; }
    public RetryPolicy? Retry { get; init; }

    /// <summary>Targets per outcome port.</summary>
    public required IReadOnlyDictionary<string, CompiledActivity[]> Targets { get; set; }

    /// <summary>Distinct inbound edges as <c>from:port</c>; what a <c>Join</c> with mode <c>all</c> waits for.</summary>
    public required IReadOnlyList<string> InboundEdges { get; set; }

    /// <summary>Indexes of every activity reachable from this one by following connections.</summary>
    public required bool[] Reaches { get; set; }

    /// <summary>For <c>ForEach</c>: the activities of its loop body (reachable from <c>Iterate</c> without passing through it).</summary>
    public bool[]? Body { get; set; }

    public string Id => Node.Id;
    public string Type => Node.Type;
    public bool HasSecretInputs { get; init; }

    public CompiledActivity[] TargetsOf(string port) => Targets.TryGetValue(port, out var targets) ? targets : [];

    public static string EdgeKey(string from, string port) => string.Concat(from, ":", port);
}
