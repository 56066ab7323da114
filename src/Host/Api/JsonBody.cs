using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Host;

/// <summary>Reads request bodies ourselves so malformed JSON becomes a 400 naming the JSON path, never a 500.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, DefinitionJson.Options, request.HttpContext.RequestAborted);
            return value is null ? (null, Problems.BadRequest("The request body must be a JSON object.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, Problems.Invalid([new ValidationError(PathOf(exception), Describe(exception))], "The request body is not valid JSON for this call."));
        }
    }

    /// <summary>An optional JSON object body (an empty body is an empty object).</summary>
    public static async Task<(JsonObject? Value, IResult? Problem)> ReadObjectAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return (new JsonObject(), null);
        }

        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return node switch
            {
                null => (new JsonObject(), null),
                JsonObject obj => (obj, null),
                _ => (null, Problems.BadRequest("The request body must be a JSON object.")),
            };
        }
        catch (JsonException exception)
        {
            return (null, Problems.BadRequest($"The request body is not valid JSON: {exception.Message}"));
        }
    }

    public static string PathOf(JsonException exception)
    {
        var path = exception.Path ?? "$";
        return path == "$" ? "" : path.TrimStart('$').TrimStart('.');
    }

    private static string Describe(JsonException exception) =>
        exception.Message.Split(" Path:", 2)[0];
}
