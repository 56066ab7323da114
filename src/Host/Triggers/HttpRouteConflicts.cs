using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>
/// Two published workflows may not serve the same HTTP route (same path template, a method in common): the route
/// table would pick one of them, so one tenant could take another's requests. Checked before a version is published.
/// </summary>
internal static partial class HttpRouteConflicts
{
    private const string TriggerType = "HttpEndpoint";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary>A message naming the route and who serves it already, or null when the candidate's routes are free.</summary>
    public static string? Find(string tenantId, CompiledWorkflow candidate, IReadOnlyList<TriggerEntry> published)
    {
        var taken = published
            .Where(t => t.Type == TriggerType && !(t.TenantId == tenantId && t.DefinitionId == candidate.Definition.Id))
            .Select(t => (Route: Shape(t.LiteralString("path")), Methods: Methods(t.Literal("methods")), Owner: t))
            .Where(t => t.Route is not null)
            .ToList();
        foreach (var activity in candidate.TriggersOfType(TriggerType))
        {
            var path = activity.Inputs.FirstOrDefault(i => i.Key == "path").Value?.Constant is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            var route = Shape(path);
            var methods = Methods(activity.Inputs.FirstOrDefault(i => i.Key == "methods").Value?.Constant);
            var clash = taken.FirstOrDefault(t => t.Route == route && t.Methods.Overlaps(methods));
            if (route is not null && clash.Owner is { } owner)
            {
                return $"The HTTP route {string.Join("/", methods.Intersect(clash.Methods))} /workflows/{HttpRoutes.Normalize(path!)} of activity '{activity.Id}' is already served by " +
                       (owner.TenantId == tenantId ? $"workflow '{owner.DefinitionId}'" : "a workflow of another tenant") + "; give the endpoint another path.";
            }
        }

        return null;
    }

    /// <summary>The path with its parameters unnamed, so <c>orders/{id}</c> and <c>orders/{orderId}</c> are one route.</summary>
    private static string? Shape(string? path) => path is null ? null : Parameter().Replace(HttpRoutes.Normalize(path), "{}").ToLowerInvariant();

    private static HashSet<string> Methods(JsonNode? methods) =>
        methods is JsonArray array
            ? array.Select(m => m?.ToString().ToUpperInvariant() ?? "").ToHashSet(StringComparer.Ordinal)
            : ["POST"];
}
