using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// The receiving side of Asaas webhooks. Asaas does not sign them: its only proof is the static <c>authToken</c> of
/// the webhook configuration, sent back in the <c>asaas-access-token</c> header of every POST, compared here in
/// constant time. The body is <c>{ id, event, dateCreated, payment: { … } }</c>; the event id is the key for storing
/// each event once, since Asaas delivers at least once.
/// </summary>
internal static class AsaasWebhook
{
    public const string TokenHeader = "asaas-access-token";

    /// <summary>
    /// True when the request carries exactly one <c>asaas-access-token</c> equal to <paramref name="configuredToken"/>.
    /// A missing, repeated or empty header is not valid, and neither is anything when no token is configured.
    /// </summary>
    public static bool IsAuthentic(IHeaderDictionary headers, string? configuredToken) =>
        headers.TryGetValue(TokenHeader, out var values) && values.Count == 1 && IsAuthentic(values[0], configuredToken);

    public static bool IsAuthentic(string? headerValue, string? configuredToken)
    {
        if (string.IsNullOrEmpty(headerValue) || string.IsNullOrEmpty(configuredToken))
        {
            return false;
        }

        // FixedTimeEquals answers at once for different lengths; that reveals the token's length, never its content.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(headerValue), Encoding.UTF8.GetBytes(configuredToken));
    }

    /// <summary>Reads a webhook body; see <see cref="Parse(ReadOnlyMemory{byte})"/>.</summary>
    public static AsaasPaymentEvent? Parse(string body) => Parse(Encoding.UTF8.GetBytes(body));

    /// <summary>
    /// Reads a webhook body into an <see cref="AsaasPaymentEvent"/>. A well-formed event that is not about a payment
    /// (SUBSCRIPTION_*, TRANSFER_*, …) gives null: acknowledge it with 200 and ignore it, because Asaas counts any
    /// other answer as a failure and pauses the queue after 15. Throws <see cref="AsaasWebhookFormatException"/> for a
    /// body that is not a JSON object or lacks <c>id</c>, <c>event</c>, or for a PAYMENT_* event, the payment's
    /// <c>id</c>, <c>status</c>, <c>billingType</c> or a <c>value</c> in whole cents.
    /// </summary>
    public static AsaasPaymentEvent? Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new AsaasWebhookFormatException($"The Asaas webhook body is not JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new AsaasWebhookFormatException("The Asaas webhook body is not a JSON object.");
            }

            var eventId = RequiredString(root, "id", "the event");
            var eventName = RequiredString(root, "event", "the event");
            if (!eventName.StartsWith("PAYMENT_", StringComparison.Ordinal))
            {
                return null;
            }

            if (!root.TryGetProperty("payment", out var payment) || payment.ValueKind != JsonValueKind.Object)
            {
                throw new AsaasWebhookFormatException($"The Asaas event {eventName} has no payment object.");
            }

            return new AsaasPaymentEvent(
                eventId,
                eventName,
                RequiredString(payment, "id", "the payment"),
                RequiredString(payment, "status", "the payment"),
                ValueCents(payment),
                RequiredString(payment, "billingType", "the payment"),
                OptionalString(payment, "externalReference"),
                AsaasDates.ParseDate(OptionalString(payment, "paymentDate")));
        }
    }

    private static string RequiredString(JsonElement parent, string name, string what) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new AsaasWebhookFormatException($"The Asaas webhook has no '{name}' in {what}.");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long ValueCents(JsonElement payment)
    {
        if (!payment.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            throw new AsaasWebhookFormatException("The Asaas webhook has no numeric 'value' in the payment.");
        }

        try
        {
            return AsaasMoney.ToCents(amount);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new AsaasWebhookFormatException($"The Asaas webhook's payment value {amount} is not a whole number of cents.", exception);
        }
    }
}
