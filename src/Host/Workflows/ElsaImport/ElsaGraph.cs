using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// The graph being built: our activities, plus pass-through nodes that stand for what has no node of its own
/// (Start, FlowFork, the inside and outside of a nested flowchart, an activity left out). <see cref="Fold"/> joins
/// every connection into a pass-through node to every connection out of it, then drops it.
/// </summary>
internal sealed class ElsaGraph
{
    private readonly List<GraphNode> nodes = [];
    private readonly Dictionary<string, GraphNode> byKey = new(StringComparer.Ordinal);
    private readonly List<GraphEdge> edges = [];
    private readonly HashSet<string> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> reached = new(StringComparer.Ordinal);
    private int passThroughCount;

    public void AddActivity(ActivityNode activity, string elsaPath, bool synthesized = false) =>
        Add(new GraphNode(activity.Id, activity, elsaPath, synthesized));

    /// <summary>A pass-through node; returns its key (never an activity id: those are slugs).</summary>
    public string AddPassThrough(string elsaPath)
    {
        var key = $"~{++passThroughCount}";
        Add(new GraphNode(key, null, elsaPath, false));
        return key;
    }

    public void Connect(string from, string port, string to)
    {
        reached.Add(to);
        if (!edges.Any(e => e.From == from && e.Port == port && e.To == to))
        {
            edges.Add(new GraphEdge(from, port, to));
        }
    }

    /// <summary>An Elsa connection led here but could not be imported: the node must not look like a start.</summary>
    public void MarkReached(string key) => reached.Add(key);

    /// <summary>Where the Elsa flowchart starts.</summary>
    public void MarkEntry(string key) => entries.Add(key);

    public bool HasEdgesFrom(string key, string port) => edges.Any(e => e.From == key && (e.Port == port || byKey[key].Activity is null));

    /// <summary>Removes the pass-through nodes and the joins that lead nowhere; returns our activities (starts first) and connections.</summary>
    public FoldedGraph Fold()
    {
        foreach (var passThrough in nodes.Where(n => n.Activity is null).ToList())
        {
            Bypass(passThrough.Key);
        }

        foreach (var join in nodes.Where(n => n.Synthesized && !edges.Any(e => e.From == n.Key)).ToList())
        {
            edges.RemoveAll(e => e.To == join.Key);
            Remove(join.Key);
        }

        var activities = nodes.Where(n => entries.Contains(n.Key)).Concat(nodes.Where(n => !entries.Contains(n.Key))).ToList();
        var orphans = activities.Where(n => reached.Contains(n.Key) && !entries.Contains(n.Key) && !edges.Any(e => e.To == n.Key)).ToList();
        var connections = edges.Select(e => new Connection { From = e.From, To = e.To, Port = e.Port == "Done" ? null : e.Port }).ToList();
        return new FoldedGraph([.. activities.Select(n => n.Activity!)], connections, [.. orphans.Select(n => (n.Activity!, n.ElsaPath))]);
    }

    private void Bypass(string key)
    {
        var inbound = edges.Where(e => e.To == key && e.From != key).ToList();
        var outbound = edges.Where(e => e.From == key && e.To != key).ToList();
        edges.RemoveAll(e => e.From == key || e.To == key);
        if (inbound.Count == 0 || entries.Contains(key))
        {
            entries.UnionWith(outbound.Select(e => e.To));
        }

        foreach (var into in inbound)
        {
            foreach (var onward in outbound)
            {
                Connect(into.From, into.Port, onward.To);
            }
        }

        Remove(key);
    }

    private void Add(GraphNode node)
    {
        nodes.Add(node);
        byKey.Add(node.Key, node);
    }

    private void Remove(string key)
    {
        nodes.Remove(byKey[key]);
        byKey.Remove(key);
    }

    private sealed record GraphNode(string Key, ActivityNode? Activity, string ElsaPath, bool Synthesized);

    private sealed record GraphEdge(string From, string Port, string To);
}

/// <summary>The imported activities and connections; <see cref="Orphans"/> lost every inbound connection on the way.</summary>
internal sealed record FoldedGraph(IReadOnlyList<ActivityNode> Activities, IReadOnlyList<Connection> Connections, IReadOnlyList<(ActivityNode Activity, string ElsaPath)> Orphans);
