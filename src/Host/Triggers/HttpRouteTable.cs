using Microsoft.AspNetCore.Routing.Template;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>Matches <c>/workflows/{**path}</c> against the HTTP endpoint triggers of published workflows (route templates such as <c>orders/{id}</c>).</summary>
internal sealed class HttpRouteTable(TriggerIndex triggers)
{
    private const string TriggerType = "HttpEndpoint";
    private IReadOnlyList<TriggerEntry>? builtFrom;
    private IReadOnlyList<(TriggerEntry Trigger, TemplateMatcher Matcher, string[] Methods)> routes = [];

    public async Task<HttpRouteMatch?> MatchAsync(string path, string method, CancellationToken cancellationToken)
    {
        var current = await triggers.GetAsync(cancellationToken);
        var table = Routes(current);
        var normalized = "/" + HttpRoutes.Normalize(path);
        foreach (var (trigger, matcher, methods) in table)
        {
            var values = new RouteValueDictionary();
            if (methods.Contains(method, StringComparer.OrdinalIgnoreCase) && matcher.TryMatch(normalized, values))
            {
                return new HttpRouteMatch(trigger, values.ToDictionary(v => v.Key, v => v.Value?.ToString(), StringComparer.OrdinalIgnoreCase));
            }
        }

        return null;
    }

    private IReadOnlyList<(TriggerEntry, TemplateMatcher, string[])> Routes(IReadOnlyList<TriggerEntry> current)
    {
        if (!ReferenceEquals(current, builtFrom))
        {
            routes = current.Where(t => t.Type == TriggerType && t.LiteralString("path") is not null)
                .Select(t => (t, new TemplateMatcher(TemplateParser.Parse(HttpRoutes.Normalize(t.LiteralString("path")!)), new RouteValueDictionary()), MethodsOf(t)))
                .ToList();
            builtFrom = current;
        }

        return routes;
    }

    private static string[] MethodsOf(TriggerEntry trigger) =>
        trigger.Literal("methods") is System.Text.Json.Nodes.JsonArray array
            ? array.Select(m => m?.ToString() ?? "").ToArray()
            : ["POST"];
}

internal sealed record HttpRouteMatch(TriggerEntry Trigger, IReadOnlyDictionary<string, string?> RouteValues);
