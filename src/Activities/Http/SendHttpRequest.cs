using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Timeout;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Http;

/// <summary>
/// Calls an HTTP API. A non-2xx answer, a time-out or an open circuit fails the attempt, so the engine's durable
/// retries and the <c>Failed</c> port apply; the client itself never retries.
/// </summary>
[Activity("SendHttpRequest", Category = "HTTP", DisplayName = "Send HTTP request", Description = "Calls an HTTP API; non-2xx answers fail the attempt.", Icon = "send", HasSideEffects = true)]
public sealed class SendHttpRequest : Activity<SendHttpRequest.Input, SendHttpRequest.Output>
{
    public const string ClientName = "workflow-http";

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        string Url,
        [Input(Options = ["GET", "POST", "PUT", "PATCH", "DELETE"])] string Method = "GET",
        Dictionary<string, string>? Headers = null,
        [Input(Description = "JSON is sent as application/json; a string as text/plain.")] JsonNode? Body = null,
        [Input(Description = "Send an Idempotency-Key derived from the execution id, the same on every attempt.")] bool IdempotencyKey = false);

    public sealed record Output(int StatusCode, Dictionary<string, string> Headers, JsonNode? Body);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return ActivityResult.Fail($"SendHttpRequest 'url' must be an absolute http(s) URL; got '{input.Url}'.");
        }

        using var request = new HttpRequestMessage(new HttpMethod(input.Method.ToUpperInvariant()), url) { Content = ContentOf(input.Body) };
        foreach (var (name, value) in input.Headers ?? [])
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (input.IdempotencyKey)
        {
            request.Headers.Add("Idempotency-Key", context.ExecutionId);
        }

        var client = context.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var output = new Output((int)response.StatusCode, HeadersOf(response), await BodyOf(response.Content, cancellationToken));
            return response.IsSuccessStatusCode
                ? Complete(Port.Done, output)
                : ActivityResult.Fail($"{input.Method.ToUpperInvariant()} {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", outputs: ToJson(output));
        }
        catch (TimeoutRejectedException)
        {
            return ActivityResult.Fail($"{input.Method.ToUpperInvariant()} {url} did not answer within the attempt time-out.");
        }
        catch (BrokenCircuitException)
        {
            return ActivityResult.Fail($"{url.Host} is failing repeatedly; calls are paused for a moment (circuit open).");
        }
        catch (HttpRequestException exception)
        {
            return ActivityResult.Fail($"{input.Method.ToUpperInvariant()} {url} failed: {exception.Message}");
        }
    }

    private static HttpContent? ContentOf(JsonNode? body) => body switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => new StringContent(text, Encoding.UTF8, "text/plain"),
        _ => new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value), StringComparer.Ordinal);

    private static async Task<JsonNode?> BodyOf(HttpContent content, CancellationToken cancellationToken)
    {
        var text = await content.ReadAsStringAsync(cancellationToken);
        if (text.Length == 0)
        {
            return null;
        }

        if (content.Headers.ContentType is MediaTypeHeaderValue { MediaType: { } mediaType } && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }

    private static JsonObject ToJson(Output output) =>
        (JsonObject)JsonSerializer.SerializeToNode(output, Engine.Model.DefinitionJson.Options)!;
}
