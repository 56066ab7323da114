using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Walks an Elsa flowchart into the <see cref="ElsaGraph"/>: each activity through <see cref="ElsaActivityMapper"/>,
/// each connection through its source's outcome-to-port map. Nested flowcharts (FlowNode, a Flowchart as an activity),
/// Fork, Parallel and Sequence are flattened: what led to the container leads to its start, and what followed it
/// follows its ends, through a <c>Join</c> (all; any for a Fork that waited for any branch) when several branches end.
/// If and ForEach with embedded activities get them on their True/False and Iterate ports.
/// </summary>
internal sealed class ElsaFlowchartWalker(ElsaActivityMapper mapper, ElsaActivityBuilder builder, ActivityRegistry registry, ElsaGraph graph, ImportReport report)
{
    public Fragment Flowchart(JsonObject flowchart, string path, Position? offset, bool startsWorkflows)
    {
        if (flowchart["activities"] is not JsonArray activities)
        {
            throw new ElsaFormatException($"{path}.activities", "A flowchart needs an 'activities' array.");
        }

        var connectionsJson = ElsaJson.ArrayOrEmpty(flowchart, "connections", path);
        var connections = Enumerable.Range(0, connectionsJson.Count)
            .Select(i => ElsaJson.Connection(ElsaJson.ObjectAt(connectionsJson, i, $"{path}.connections"), $"{path}.connections[{i}]")).ToList();
        var reachedIds = connections.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        var nodes = ReadNodes(activities, path, reachedIds, startsWorkflows);

        var converted = new Dictionary<string, Converted?>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var outcomes = connections.Where(c => c.Source == node.Id).Select(c => c.Port).ToHashSet(StringComparer.Ordinal);
            converted[node.Id] = Convert(node, offset, outcomes);
        }

        foreach (var connection in connections)
        {
            Connect(connection, nodes, converted);
        }

        var starts = Starts(flowchart, path, nodes, converted, reachedIds);
        var exits = converted.Values.OfType<Converted>().SelectMany(c => c.ExitCandidates).Where(e => !graph.HasEdgesFrom(e.Key, e.Port)).ToList();
        return new Fragment([.. starts.Select(id => converted[id]!.InKey)], exits);
    }

    private static List<ElsaNode> ReadNodes(JsonArray activities, string path, HashSet<string> reachedIds, bool startsWorkflows)
    {
        var nodes = new List<ElsaNode>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var itemPath = $"{path}.activities[{i}]";
            var json = ElsaJson.ObjectAt(activities, i, $"{path}.activities");
            var id = ElsaJson.RequiredText(json, "id", itemPath);
            if (nodes.Any(n => n.Id == id))
            {
                throw new ElsaFormatException($"{itemPath}.id", $"Activity id '{id}' is used more than once in this flowchart.");
            }

            var starts = startsWorkflows && (ElsaJson.CanStartWorkflow(json) ?? !reachedIds.Contains(id));
            nodes.Add(new ElsaNode(json, id, ElsaJson.RequiredText(json, "type", itemPath), itemPath) { StartsWorkflow = starts });
        }

        return nodes;
    }

    private void Connect(ElsaConnection connection, List<ElsaNode> nodes, Dictionary<string, Converted?> converted)
    {
        if (!converted.TryGetValue(connection.Source, out var source) || !converted.TryGetValue(connection.Target, out var target))
        {
            var missing = converted.ContainsKey(connection.Source) ? connection.Target : connection.Source;
            report.Warn(connection.Path, $"The connection names activity '{missing}', which is not in this flowchart; it is left out.");
            return;
        }

        if (target is null)
        {
            return;
        }

        var outbound = source?.Outbound(connection.Port);
        if (source is not null && outbound is null)
        {
            var type = nodes.First(n => n.Id == connection.Source).Type;
            report.Warn(connection.Path, $"Outcome '{connection.Port}' of {type} '{connection.Source}' has no counterpart in our {source.OurType ?? "import of it"}, so the connection is left out. {source.UnmappedOutcomes}".TrimEnd());
        }

        if (outbound is null)
        {
            graph.MarkReached(target.InKey);
            return;
        }

        if (outbound.Warning is not null)
        {
            report.Warn(connection.Path, outbound.Warning);
        }

        graph.Connect(outbound.Key, outbound.Port, target.InKey);
    }

    /// <summary>
    /// Elsa starts a flowchart at one activity: its <c>start</c>, else its Start activity, else its first trigger, else the
    /// first one nothing leads to. Ours starts at every activity nothing leads to, so any other such activity is reported.
    /// </summary>
    private List<string> Starts(JsonObject flowchart, string path, List<ElsaNode> nodes, Dictionary<string, Converted?> converted, HashSet<string> reachedIds)
    {
        var kept = nodes.Where(n => converted[n.Id] is not null).ToList();
        var roots = kept.Where(n => !reachedIds.Contains(n.Id)).ToList();
        var declared = ElsaJson.Text(flowchart["start"]);
        var start = kept.FirstOrDefault(n => n.Id == declared)
                    ?? roots.FirstOrDefault(n => n.Type == "Elsa.Start")
                    ?? roots.FirstOrDefault(n => IsTrigger(converted[n.Id]!))
                    ?? roots.FirstOrDefault()
                    ?? kept.FirstOrDefault();
        if (start is null)
        {
            return [];
        }

        var others = roots.Where(n => n != start && !IsTrigger(converted[n.Id]!)).ToList();
        if (others.Count > 0 && !IsTrigger(converted[start.Id]!))
        {
            report.Warn(path, $"Elsa starts this flowchart at '{start.Id}' only; ours also starts at every other activity nothing leads to: {string.Join(", ", others.Select(n => $"'{n.Id}'"))}. Connect them or remove them.");
        }

        return [start.Id, .. roots.Where(n => n != start).Select(n => n.Id)];
    }

    private bool IsTrigger(Converted converted) =>
        converted.OurType is { } type && registry.TryGet(type, out var descriptor) && descriptor.Kind == ActivityKind.Trigger;

    /// <summary>Converts one Elsa activity (and what it embeds); null when it is left out together with its connections.</summary>
    private Converted? Convert(ElsaNode node, Position? offset, IReadOnlySet<string> outcomes)
    {
        var position = Offset(ElsaJson.PositionOf(node.Json), offset);
        switch (node.Type)
        {
            case "Elsa.Flowchart":
                return Container(node, [Flowchart(node.Json, node.Path, position, startsWorkflows: false)], Join.All, position);
            case "Elsa.FlowNode" when node.Json["body"] is JsonObject body:
                return Container(node, [Embedded(body, $"{node.Path}.body", position)], Join.All, position);
            case "Elsa.Fork":
                var waitAny = ElsaJson.Text(node.Json["joinMode"]?["expression"]?["value"]) == "WaitAny";
                return Container(node, Branches(node, "branches", position), waitAny ? Join.AnyMode : Join.All, position);
            case "Elsa.Parallel":
                return Container(node, Branches(node, "activities", position), Join.All, position);
            case "Elsa.Sequence":
                return Sequence(node, Branches(node, "activities", position));
        }

        return mapper.Map(node) switch
        {
            MapsTo mapped when node.Type == "Elsa.If" => IfWithBranches(node, mapped, position),
            MapsTo mapped when node.Type == "Elsa.ForEach" => ForEachWithBody(node, mapped, position),
            MapsTo mapped => builder.Activity(node, mapped, position),
            FoldsAway => builder.PassThrough(node),
            NotMapped notMapped => builder.LeaveOut(node, notMapped, outcomes),
            var other => throw new InvalidOperationException($"Unexpected mapping {other.GetType().Name} for {node.Type}."),
        };
    }

    private Converted Container(ElsaNode node, IReadOnlyList<Fragment> fragments, string joinMode, Position? position)
    {
        var into = graph.AddPassThrough(node.Path);
        var outOf = graph.AddPassThrough(node.Path);
        var entries = fragments.SelectMany(f => f.Entries).ToList();
        foreach (var entry in entries.Count > 0 ? entries : [outOf])
        {
            graph.Connect(into, Port.Done.Name, entry);
        }

        builder.ConnectEnds([.. fragments.SelectMany(f => f.Exits)], [outOf], node, joinMode, position);
        return new Converted(into, outcome => outcome == Port.Done.Name ? new Outbound(outOf, Port.Done.Name) : null, [new Exit(outOf, Port.Done.Name)])
        {
            UnmappedOutcomes = "Only Done leads out of a flattened container.",
        };
    }

    private Converted Sequence(ElsaNode node, IReadOnlyList<Fragment> fragments)
    {
        var steps = fragments.Where(f => f.Entries.Count > 0).ToList();
        var into = graph.AddPassThrough(node.Path);
        var outOf = graph.AddPassThrough(node.Path);
        foreach (var entry in steps.Count > 0 ? steps[0].Entries : [outOf])
        {
            graph.Connect(into, Port.Done.Name, entry);
        }

        for (var i = 0; i < steps.Count; i++)
        {
            builder.ConnectEnds(steps[i].Exits, i + 1 < steps.Count ? steps[i + 1].Entries : [outOf], node, Join.All, null);
        }

        return new Converted(into, outcome => outcome == Port.Done.Name ? new Outbound(outOf, Port.Done.Name) : null, [new Exit(outOf, Port.Done.Name)]);
    }

    /// <summary>Elsa's If runs its embedded Then or Else, then continues through Done: ours continues after either branch's end.</summary>
    private Converted IfWithBranches(ElsaNode node, MapsTo mapped, Position? position)
    {
        var decision = builder.Activity(node, mapped, position);
        var after = graph.AddPassThrough(node.Path);
        foreach (var (port, property) in new[] { ("True", "then"), ("False", "else") })
        {
            var branch = node.Json[property] is JsonObject embedded ? Embedded(embedded, $"{node.Path}.{property}", position) : Fragment.Empty;
            foreach (var entry in branch.Entries.Count > 0 ? branch.Entries : [after])
            {
                graph.Connect(decision.InKey, port, entry);
            }

            builder.ConnectEnds(branch.Exits, [after], node, Join.All, position);
        }

        return decision with
        {
            Outbound = outcome => outcome == Port.Done.Name ? new Outbound(after, Port.Done.Name) : decision.Outbound(outcome),
            ExitCandidates = [new Exit(after, Port.Done.Name)],
        };
    }

    private Converted ForEachWithBody(ElsaNode node, MapsTo mapped, Position? position)
    {
        var loop = builder.Activity(node, mapped, position);
        if (node.Json["body"] is JsonObject body)
        {
            foreach (var entry in Embedded(body, $"{node.Path}.body", position).Entries)
            {
                graph.Connect(loop.InKey, ForEach.Iterate.Name, entry);
            }
        }

        if (node.Json["currentValue"]?["memoryReference"] is not null)
        {
            report.Warn($"{node.Path}.currentValue", $"Elsa stores the current item in a variable; ours gives it to the body as outputs.{loop.InKey}.item (and .index), so expressions that read that variable need rewriting.");
        }

        return loop;
    }

    private List<Fragment> Branches(ElsaNode node, string property, Position? position)
    {
        var branches = ElsaJson.ArrayOrEmpty(node.Json, property, node.Path);
        return [.. Enumerable.Range(0, branches.Count).Select(i => Embedded(ElsaJson.ObjectAt(branches, i, $"{node.Path}.{property}"), $"{node.Path}.{property}[{i}]", position))];
    }

    /// <summary>An activity held inside another (a FlowNode's body, a Fork's branch): a flowchart, or a single activity.</summary>
    private Fragment Embedded(JsonObject json, string path, Position? offset)
    {
        var type = ElsaJson.RequiredText(json, "type", path);
        if (type == "Elsa.Flowchart")
        {
            return Flowchart(json, path, offset, startsWorkflows: false);
        }

        var node = new ElsaNode(json, ElsaJson.RequiredText(json, "id", path), type, path);
        return Convert(node, offset, new HashSet<string>()) is { } converted ? new Fragment([converted.InKey], converted.ExitCandidates) : Fragment.Empty;
    }

    private static Position? Offset(Position? position, Position? offset) => (position, offset) switch
    {
        (null, _) => offset,
        (_, null) => position,
        _ => new Position(position.X + offset.X, position.Y + offset.Y),
    };
}
