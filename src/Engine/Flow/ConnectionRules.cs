using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Connection checks: both ends exist and the port is one the source declares.</summary>
internal static class ConnectionRules
{
    public static void Check(WorkflowDefinition definition, List<CompiledActivity> activities, List<ValidationError> errors)
    {
        var byId = new Dictionary<string, CompiledActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            byId.TryAdd(activity.Id, activity);
        }

        var declaredIds = definition.Activities.Where(a => a is not null).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < definition.Connections.Count; i++)
        {
            var connection = definition.Connections[i];
            var path = $"connections[{i}]";
            if (connection is null)
            {
                errors.Add(new(path, "A connection must be an object."));
                continue;
            }

            if (!declaredIds.Contains(connection.From))
            {
                errors.Add(new($"{path}.from", $"Connection starts at unknown activity '{connection.From}'."));
            }
            else if (byId.TryGetValue(connection.From, out var source))
            {
                var ports = source.Descriptor.PortsOf(source.Node);
                if (!ports.Contains(connection.PortOrDefault, StringComparer.Ordinal))
                {
                    errors.Add(new($"{path}.port", $"{source.Type} '{source.Id}' has no port '{connection.PortOrDefault}'; its ports are {string.Join(", ", ports)}."));
                }
            }

            if (!declaredIds.Contains(connection.To))
            {
                errors.Add(new($"{path}.to", $"Connection ends at unknown activity '{connection.To}'."));
            }
        }
    }
}
