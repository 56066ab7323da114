using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>Builds the <c>trigger</c> scope of an HTTP request: <c>{ method, path, query, headers, body, routeValues }</c>.</summary>
internal static class HttpRequestScope
{
    private static readonly HashSet<string> HiddenHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "X-Api-Key", "Cookie" };

    public static async Task<JsonObject> ReadAsync(HttpRequest request, string path, IReadOnlyDictionary<string, string?> routeValues, CancellationToken cancellationToken)
    {
        var query = new JsonObject();
        foreach (var (name, values) in request.Query)
        {
            query[name] = values.Count == 1 ? values[0] : new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        }

        var headers = new JsonObject();
        foreach (var (name, values) in request.Headers.Where(h => !HiddenHeaders.Contains(h.Key)))
        {
            headers[name.ToLowerInvariant()] = values.ToString();
        }

        var route = new JsonObject();
        foreach (var (name, value) in routeValues)
        {
            route[name] = value;
        }

        return new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = path,
            ["query"] = query,
            ["headers"] = headers,
            ["body"] = await ReadBodyAsync(request, cancellationToken),
            ["routeValues"] = route,
        };
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length == 0)
        {
            return null;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return text;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException($"The request body is not valid JSON: {exception.Message}");
        }
    }
}
