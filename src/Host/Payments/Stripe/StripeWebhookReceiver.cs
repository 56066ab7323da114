using System.Text.Json;
using Microsoft.Extensions.Options;
using Stripe;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>
/// <c>POST /webhooks/stripe/{tenant}</c>: the raw body is verified against the tenant's connection's signing secret
/// (<c>Stripe-Signature</c>: HMAC-SHA256 of <c>t.payload</c>, 5-minute tolerance, by Stripe.net), checked to be an
/// event, stored once by its id, and answered 200; processing follows on the bus. Anything wrong is a 4xx naming it,
/// and nothing is stored.
/// </summary>
internal sealed class StripeWebhookReceiver(AccessStore access, StripeConnections connections, PaymentWebhookIntake intake, IOptions<PaymentOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "Stripe-Signature";
    public const string DefaultConnection = "default";
    private const long ToleranceSeconds = 300;

    public async Task<IResult> ReceiveAsync(HttpContext http, string tenantId)
    {
        var cancellationToken = http.RequestAborted;
        if (!await access.TenantExistsAsync(tenantId, cancellationToken))
        {
            return Problems.NotFound($"Tenant '{tenantId}' does not exist.");
        }

        var connection = http.Request.Query["connection"].FirstOrDefault() is { Length: > 0 } named ? named : DefaultConnection;
        var (secret, problem) = await connections.WebhookSecretAsync(tenantId, connection, cancellationToken);
        if (secret is null)
        {
            return Problems.NotFound($"Stripe webhooks cannot be verified for tenant '{tenantId}': {problem}");
        }

        var payload = await WebhookBodies.ReadAsync(http, options.Value.MaxWebhookBytes);
        var signature = http.Request.Headers[SignatureHeader].ToString();
        if (string.IsNullOrWhiteSpace(signature))
        {
            return Problems.BadRequest($"The {SignatureHeader} header is missing.");
        }

        try
        {
            EventUtility.ValidateSignature(payload, signature, secret, ToleranceSeconds, time.GetUtcNow().ToUnixTimeSeconds());
        }
        catch (Exception exception) when (exception is StripeException or FormatException or OverflowException or ArgumentException)
        {
            return Problems.BadRequest($"The {SignatureHeader} header does not verify: {exception.Message}");
        }

        var (id, type, malformed) = ReadEvent(payload);
        if (malformed is not null)
        {
            return Problems.BadRequest(malformed);
        }

        var stored = await intake.AcceptAsync(tenantId, StripeCheckouts.Provider, id!, type!, payload, cancellationToken);
        return Results.Ok(new { received = true, duplicate = !stored });
    }

    private static (string? Id, string? Type, string? Problem) ReadEvent(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "The body is not a Stripe event: it is not a JSON object.");
            }

            var id = Text(root, "id");
            var type = Text(root, "type");
            if (id is null || type is null)
            {
                return (null, null, $"The body is not a Stripe event: '{(id is null ? "id" : "type")}' is missing or not a string.");
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("object", out var dataObject) || dataObject.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "The body is not a Stripe event: 'data.object' is missing or not an object.");
            }

            return (id, type, null);
        }
        catch (JsonException exception)
        {
            return (null, null, $"The body is not valid JSON: {exception.Message}");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
