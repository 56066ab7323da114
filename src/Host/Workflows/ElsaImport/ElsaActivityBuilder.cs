using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>Adds single activities to the graph: mapped ones, pass-throughs, ones left out, and the joins the import adds.</summary>
internal sealed class ElsaActivityBuilder(ActivityRegistry registry, ElsaGraph graph, ElsaIds ids, ImportReport report)
{
    /// <summary>Ports that end a branch rather than continue it, so they never lead out of a nested flowchart.</summary>
    private static readonly string[] NotContinuing = [Port.Failed.Name, Port.TimedOut.Name, ForEach.Iterate.Name];

    public Converted Activity(ElsaNode node, MapsTo mapped, Position? position)
    {
        var id = ids.Allocate(node.Id, node.Type);
        if (id != node.Id)
        {
            report.Warn($"{node.Path}.id", $"Activity id '{node.Id}' becomes '{id}': our ids are lower-case slugs.");
        }

        var activity = new ActivityNode
        {
            Id = id,
            Type = mapped.Type,
            Name = ElsaJson.DisplayName(node.Json),
            Description = node.Notes.Count > 0 ? string.Join(" ", node.Notes) : null,
            Inputs = mapped.Inputs.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal),
            Position = position,
        };
        graph.AddActivity(activity, node.Path);
        var continuing = registry.TryGet(activity.Type, out var descriptor)
            ? descriptor.PortsOf(activity).Where(p => !NotContinuing.Contains(p, StringComparer.Ordinal)).Select(p => new Exit(id, p)).ToList()
            : [];
        return new Converted(id, outcome => mapped.Ports(outcome) is { } port ? new Outbound(id, port.Port, port.Warning) : null, continuing)
        {
            OurType = mapped.Type,
            UnmappedOutcomes = mapped.UnmappedOutcomes,
        };
    }

    public Converted PassThrough(ElsaNode node)
    {
        var key = graph.AddPassThrough(node.Path);
        return new Converted(key, _ => new Outbound(key, Port.Done.Name), [new Exit(key, Port.Done.Name)]);
    }

    /// <summary>
    /// An activity without counterpart. When only its Done outcome is connected it becomes a pass-through, so the flow
    /// around it stays whole; otherwise (a choice between outcomes) it is left out with its connections.
    /// </summary>
    public Converted? LeaveOut(ElsaNode node, NotMapped notMapped, IReadOnlySet<string> outcomes)
    {
        if (outcomes.All(o => o == Port.Done.Name))
        {
            report.LeaveOut(node.Id, node.Type, outcomes.Count > 0
                ? $"{notMapped.Reason} It is left out, and what came before it is connected straight to what followed it."
                : $"{notMapped.Reason} It is left out.");
            return PassThrough(node);
        }

        report.LeaveOut(node.Id, node.Type, $"{notMapped.Reason} It is left out with its connections (outcomes {string.Join(", ", outcomes.Order(StringComparer.Ordinal))}).");
        return null;
    }

    /// <summary>Connects the ends of a branch to <paramref name="targets"/>: directly when one activity ends it, else through a Join.</summary>
    public void ConnectEnds(IReadOnlyList<Exit> exits, IReadOnlyList<string> targets, ElsaNode container, string mode, Position? position)
    {
        if (exits.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            var id = ids.Allocate($"{container.Id}-join", "join");
            var join = new ActivityNode
            {
                Id = id,
                Type = "Join",
                Name = $"End of {ElsaJson.DisplayName(container.Json) ?? container.Id}",
                Inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["mode"] = mode },
                Position = position is null ? null : new Position(position.X + 240, position.Y),
            };
            graph.AddActivity(join, container.Path, synthesized: true);
            foreach (var exit in exits)
            {
                graph.Connect(exit.Key, exit.Port, id);
            }

            exits = [new Exit(id, Port.Done.Name)];
        }

        foreach (var exit in exits)
        {
            foreach (var target in targets)
            {
                graph.Connect(exit.Key, exit.Port, target);
            }
        }
    }
}
