using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Precomputes edges per port, inbound edges and reachability so runs never search the graph.</summary>
internal static class GraphIndex
{
    public const string IteratePort = "Iterate";

    public static void Link(WorkflowDefinition definition, List<CompiledActivity> activities)
    {
        var byId = activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var targets = activities.ToDictionary(a => a.Id, _ => new Dictionary<string, List<CompiledActivity>>(StringComparer.Ordinal));
        var inbound = activities.ToDictionary(a => a.Id, _ => new List<string>());

        foreach (var connection in definition.Connections)
        {
            var to = byId[connection.To];
            var ports = targets[connection.From];
            var port = connection.PortOrDefault;
            if (!ports.TryGetValue(port, out var list))
            {
                ports[port] = list = [];
            }

            if (!list.Contains(to))
            {
                list.Add(to);
            }

            var edge = CompiledActivity.EdgeKey(connection.From, port);
            if (!inbound[connection.To].Contains(edge))
            {
                inbound[connection.To].Add(edge);
            }
        }

        foreach (var activity in activities)
        {
            activity.Targets = targets[activity.Id].ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
            activity.InboundEdges = inbound[activity.Id];
        }

        foreach (var activity in activities)
        {
            activity.Reaches = Reachable(activities.Count, activity.Targets.Values.SelectMany(t => t), stopAt: null);
            if (activity.Targets.TryGetValue(IteratePort, out var body))
            {
                activity.Body = Reachable(activities.Count, body, stopAt: activity);
            }
        }
    }

    private static bool[] Reachable(int count, IEnumerable<CompiledActivity> starts, CompiledActivity? stopAt)
    {
        var seen = new bool[count];
        var stack = new Stack<CompiledActivity>(starts);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == stopAt || seen[current.Index])
            {
                continue;
            }

            seen[current.Index] = true;
            foreach (var next in current.Targets.Values.SelectMany(t => t))
            {
                stack.Push(next);
            }
        }

        return seen;
    }
}
