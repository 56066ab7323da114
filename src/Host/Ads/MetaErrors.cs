using System.Text.Json;

namespace WorkflowPlatform.Host.Ads;

/// <summary>Turns a refused call into a <see cref="MetaAdsException"/> carrying the Graph error <c>{ error: { message, type, code, error_subcode, fbtrace_id } }</c>.</summary>
internal static class MetaErrors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<MetaAdsException> ReadAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var error = Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (error is null)
        {
            return new MetaAdsException($"Meta answered {status} to {call} without a Graph error body.", response.StatusCode);
        }

        var detail = string.Join(", ", new[]
        {
            error.Type,
            error.Code is { } code ? $"code {code}" : null,
            error.ErrorSubcode is { } subcode ? $"subcode {subcode}" : null,
            error.FbtraceId is { } trace ? $"fbtrace_id {trace}" : null,
        }.Where(part => part is not null));
        var message = error.ErrorUserMsg is { Length: > 0 } userMessage && userMessage != error.Message ? $"{error.Message} ({userMessage})" : error.Message;
        return new MetaAdsException($"Meta answered {status} to {call}: {message ?? "no message"} [{detail}]", response.StatusCode, error.Code);
    }

    private static MetaWire.Error? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<MetaWire.ErrorBody>(body, Json)?.Error;
        }
        catch (JsonException)
        {
            return null; // an HTML page from a proxy: the status alone must do
        }
    }
}
