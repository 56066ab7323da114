using System.Text.Json.Nodes;

namespace WorkflowPlatform.Activities.Http;

/// <summary>What <c>WriteHttpResponse</c> answers to the request that started the instance.</summary>
public sealed record HttpResponseData(int StatusCode, JsonNode? Body, string? ContentType, IReadOnlyDictionary<string, string>? Headers);
