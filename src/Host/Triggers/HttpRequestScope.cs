using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>Builds the <c>trigger</c> scope of an HTTP request: <c>{ method, path, query, headers, body, routeValues }</c>.</summary>
internal static class HttpRequestScope
{
    private static readonly HashSet<string> HiddenHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "X-Api-Key", "Cookie" };

    /// <summary>The raw body, read once: the HMAC check needs its exact bytes.</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    public static JsonObject Create(HttpRequest request, string path, IReadOnlyDictionary<string, string?> routeValues, byte[] body)
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
            ["body"] = ParseBody(request, body),
            ["routeValues"] = route,
        };
    }

    private static JsonNode? ParseBody(HttpRequest request, byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Encoding.UTF8.GetString(body);
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException($"The request body is not valid JSON: {exception.Message}");
        }
    }
}
