using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>HttpEndpoint, WriteHttpResponse and SendHttpRequest (and FlowSendHttpRequest) to ours.</summary>
internal sealed class ElsaHttpMapping(ElsaExpressions expressions, ImportReport report)
{
    private static readonly string[] EndpointSettingsWeLack = ["requestTimeout", "requestSizeLimit", "fileSizeLimit", "allowedFileExtensions", "blockedFileExtensions", "allowedMimeTypes"];

    public ElsaMapping Endpoint(ElsaNode node)
    {
        var path = expressions.LiteralText(node, "path", out var pathIsExpression);
        if (path is null)
        {
            return new NotMapped(pathIsExpression ? "Its path is an expression; our HTTP endpoints need a literal route template." : "It has no path.");
        }

        var methods = expressions.Read(node, "supportedMethods");
        if (ElsaExpressions.IsExpression(methods))
        {
            return new NotMapped("Its methods are an expression; our HTTP endpoints need a literal list of methods.");
        }

        var inputs = new JsonObject
        {
            ["path"] = path.Trim('/'),
            // Elsa's default is GET; ours is POST, so the methods are always written out.
            ["methods"] = new JsonArray([.. Strings(methods).Select(m => (JsonNode)m.ToUpperInvariant()).DefaultIfEmpty("GET")]),
        };

        var policy = expressions.LiteralText(node, "policy", out _);
        if (expressions.Read(node, "authorize") is JsonValue authorize && authorize.GetValueKind() == JsonValueKind.True || !string.IsNullOrEmpty(policy))
        {
            inputs["auth"] = "apiKey";
            report.Warn($"{node.Path}.authorize", "Elsa required an authenticated user (authorize or policy); the endpoint is imported with auth apiKey, the nearest of ours: callers need an API key.");
        }

        foreach (var setting in EndpointSettingsWeLack.Where(s => expressions.Read(node, s) is not null))
        {
            report.Warn($"{node.Path}.{setting}", $"'{setting}' is not imported: our HTTP endpoint has no such setting (the host's Limits:MaxRequestBodyBytes bounds every request).");
        }

        return new MapsTo("HttpEndpoint", inputs, ElsaMapping.SamePorts("Done"));
    }

    public ElsaMapping Response(ElsaNode node)
    {
        var statusCode = expressions.Read(node, "statusCode");
        if (statusCode is JsonValue code && code.GetValueKind() == JsonValueKind.String)
        {
            var text = code.GetValue<string>();
            statusCode = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
                : Enum.TryParse<HttpStatusCode>(text, ignoreCase: true, out var named) ? (int)named
                : null;
            if (statusCode is null)
            {
                report.Warn($"{node.Path}.statusCode", $"'{text}' is not an HTTP status code; 200 is used.");
            }
        }

        var inputs = ElsaActivityMapper.Inputs(
            ("statusCode", statusCode),
            ("body", expressions.Read(node, "content")),
            ("contentType", expressions.Read(node, "contentType")),
            ("headers", Headers(node, "responseHeaders")));
        return new MapsTo("WriteHttpResponse", inputs, ElsaMapping.SamePorts("Done"));
    }

    public ElsaMapping Request(ElsaNode node)
    {
        var url = expressions.Read(node, "url");
        if (url is null)
        {
            return new NotMapped("It has no URL.");
        }

        var headers = Headers(node, "requestHeaders") as JsonObject ?? [];
        if (expressions.Read(node, "authorization") is { } authorization)
        {
            headers["Authorization"] = authorization;
        }

        var inputs = ElsaActivityMapper.Inputs(
            ("url", url),
            ("method", expressions.Read(node, "method") ?? "GET"),
            ("headers", headers.Count > 0 ? headers : null),
            ("body", Body(node)));
        return new MapsTo("SendHttpRequest", inputs, outcome => RequestPort(node, outcome));
    }

    /// <summary>Ours goes to Done on any 2xx answer and to Failed on anything else, a time-out or no connection.</summary>
    private static PortMapping? RequestPort(ElsaNode node, string outcome)
    {
        if (outcome == "Done")
        {
            return new PortMapping("Done");
        }

        if (int.TryParse(outcome, NumberStyles.Integer, CultureInfo.InvariantCulture, out var status))
        {
            return status is >= 200 and < 300
                ? new PortMapping("Done", $"Outcome '{outcome}' is connected from Done: our SendHttpRequest continues through Done on every 2xx answer.")
                : new PortMapping("Failed", $"Outcome '{outcome}' is connected from Failed: our SendHttpRequest fails on every non-2xx answer, time-out and connection failure (outputs.{node.Id}.error says which).");
        }

        return outcome is "Unmatched status code" or "Failed to connect" or "Timeout"
            ? new PortMapping("Failed", $"Outcome '{outcome}' is connected from Failed, which also covers the other failures (non-2xx answers, time-outs, no connection).")
            : null;
    }

    private JsonNode? Body(ElsaNode node)
    {
        var content = expressions.Read(node, "content");
        var contentType = expressions.LiteralText(node, "contentType", out _);
        if (contentType is null || content is null)
        {
            return content;
        }

        if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase) && ElsaJson.Text(content) is { } text)
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON after all: sent as text, as reported below.
            }
        }

        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase) && !contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            report.Warn($"{node.Path}.contentType", $"Content type '{contentType}' is not imported: our SendHttpRequest sends JSON as application/json and a string as text/plain.");
        }

        return content;
    }

    /// <summary>Elsa's headers (<c>{ "Name": ["value"] }</c>, often as JSON text) as ours (<c>{ "Name": "value" }</c>).</summary>
    private JsonNode? Headers(ElsaNode node, string name)
    {
        var value = expressions.Read(node, name);
        if (ElsaJson.Text(value) is { } text)
        {
            try
            {
                value = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                report.Warn($"{node.Path}.{name}", "The headers are not valid JSON; they are left out.");
                return null;
            }
        }

        if (value is not JsonObject elsaHeaders || ElsaExpressions.IsExpression(value))
        {
            return value is null || value is JsonObject { Count: 0 } ? null : value;
        }

        var headers = new JsonObject();
        foreach (var (header, values) in elsaHeaders)
        {
            headers[header] = values is JsonArray list ? string.Join(", ", Strings(list)) : values?.DeepClone();
        }

        return headers.Count > 0 ? headers : null;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(ElsaJson.Text).OfType<string>(),
        JsonValue value when ElsaJson.Text(value) is { } text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };
}
