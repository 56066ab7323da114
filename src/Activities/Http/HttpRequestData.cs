using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Http;

/// <summary>The request an <c>HttpEndpoint</c> received: the <c>trigger</c> scope of HTTP-started instances.</summary>
public sealed record HttpRequestData(
    string Method,
    string Path,
    JsonObject? Query,
    JsonObject? Headers,
    JsonNode? Body,
    JsonObject? RouteValues);
