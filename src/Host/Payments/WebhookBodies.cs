using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace WorkflowPlatform.Host.Payments;

/// <summary>Reads a provider's webhook body, raw (signatures and tokens are checked on it), up to <see cref="PaymentOptions.MaxWebhookBytes"/>.</summary>
internal static class WebhookBodies
{
    public static async Task<string> ReadAsync(HttpContext http, long maxBytes)
    {
        // A larger body fails the read with a 413 (the exception handler answers it).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }
}
