using System.Text.Json;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>Turns a refused call into an <see cref="AsaasException"/> carrying the documented <c>errors[]</c> descriptions.</summary>
internal static class AsaasErrors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<AsaasException> ReadAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var errors = Parse(text);
        var status = (int)response.StatusCode;
        var detail = errors.Count > 0
            ? string.Join("; ", errors.Select(e => e.Description))
            : "no error description"; // 401 and CDN refusals (403) may come without the JSON error body
        return new AsaasException($"Asaas answered {status} to {call}: {detail}", response.StatusCode, errors, response.Headers.RetryAfter?.Delta);
    }

    public static IReadOnlyList<AsaasError> Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<AsaasWire.ErrorBody>(body, Json);
            return parsed?.Errors?
                .Where(e => e is not null)
                .Select(e => new AsaasError(e.Code ?? "", e.Description ?? e.Code ?? ""))
                .ToList() ?? [];
        }
        catch (JsonException)
        {
            return []; // an HTML page from a proxy, say: the status alone must do
        }
    }
}
