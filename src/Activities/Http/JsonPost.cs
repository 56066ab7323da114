using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace WorkflowPlatform.Activities.Http;

/// <summary>What a JSON POST got back: the status code when the server answered, and the error when it was not a success.</summary>
internal sealed record PostResult(int? StatusCode, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// POSTs a JSON body for an activity execution with the platform's HTTP client (per-attempt time-out, circuit breaker
/// per host, no client retries), with the execution id as <c>Idempotency-Key</c> so the receiver can ignore the
/// duplicate of a re-run. The failures come back in words naming the URL, never the bearer token.
/// </summary>
internal static class JsonPost
{
    public static async Task<PostResult> SendAsync(IHttpClientFactory httpClients, Uri url, JsonObject body, string executionId, string? bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", executionId);
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        try
        {
            using var response = await httpClients.CreateClient(SendHttpRequest.ClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new(status, null) : new(status, $"POST {url} answered {status} {response.ReasonPhrase}.");
        }
        catch (TimeoutRejectedException)
        {
            return new(null, $"POST {url} did not answer within the attempt time-out.");
        }
        catch (BrokenCircuitException)
        {
            return new(null, $"POST {url} is failing repeatedly; calls are paused for a moment (circuit open).");
        }
        catch (HttpRequestException exception)
        {
            return new(null, $"POST {url} failed: {exception.Message}");
        }
    }
}
