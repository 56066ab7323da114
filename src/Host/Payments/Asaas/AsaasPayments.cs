using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas as a payment provider of the core: reads stored <c>PAYMENT_*</c> events (<see cref="AsaasStatusMapping"/>:
/// CONFIRMED or RECEIVED Paid, OVERDUE or DELETED Expired, refused Failed, REFUNDED Refunded; the rest move nothing)
/// and, for the reconciler, reads a pending invoice's charge with <c>GET /v3/payments/{id}</c>. The charge's
/// <c>externalReference</c> is the invoice id; its <c>pay_…</c> id is the invoice's external id and the payment row's.
/// </summary>
internal sealed class AsaasPayments(AsaasConnections connections, TimeProvider time) : IPaymentProvider
{
    public string Name => AsaasCharges.Provider;

    public ProviderEvent? Interpret(WebhookEventRow webhookEvent)
    {
        AsaasPaymentEvent? news;
        try
        {
            news = AsaasWebhook.Parse(webhookEvent.Payload);
        }
        catch (AsaasWebhookFormatException exception)
        {
            throw new FormatException(exception.Message, exception);
        }

        if (news is null || StatusOf(news.Outcome) is not { } status)
        {
            return null;
        }

        var at = EventTime(webhookEvent.Payload) ?? time.GetUtcNow();
        var payment = Report(news.PaymentId, status, news.ValueCents, news.BillingType, at);
        return new ProviderEvent(string.IsNullOrEmpty(news.ExternalReference) ? null : news.ExternalReference, news.PaymentId, new PaymentUpdate(status, payment));
    }

    public async Task<PaymentUpdate?> CheckAsync(InvoiceRow invoice, CancellationToken cancellationToken)
    {
        if (invoice.ExternalId is not { } paymentId)
        {
            return null;
        }

        var connection = (invoice.Meta is { } meta ? JsonNode.Parse(meta)?["connection"]?.GetValue<string>() : null) ?? "default";
        var client = await connections.ClientAsync(invoice.TenantId, connection, cancellationToken);
        AsaasPayment payment;
        try
        {
            payment = await client.GetPaymentAsync(paymentId, cancellationToken);
        }
        catch (AsaasException exception)
        {
            throw new PaymentProviderException(exception.Message, exception);
        }

        if (StatusOf(AsaasStatusMapping.OutcomeOf(payment)) is not { } status)
        {
            return null;
        }

        // A charge carries only the date it was paid; the moment the reconciler learnt it stands in for the time.
        return new PaymentUpdate(status, Report(payment.Id, status, payment.ValueCents, payment.BillingType, time.GetUtcNow()));
    }

    private static string? StatusOf(AsaasPaymentOutcome outcome) => outcome switch
    {
        AsaasPaymentOutcome.Paid => PaymentStatuses.Paid,
        AsaasPaymentOutcome.Failed => PaymentStatuses.Failed,
        AsaasPaymentOutcome.Expired => PaymentStatuses.Expired,
        AsaasPaymentOutcome.Refunded => PaymentStatuses.Refunded,
        _ => null, // created, updated, viewed, awaiting analysis…: no news for the invoice
    };

    /// <summary>Money moved (or was refused, or given back); an overdue or deleted charge has none worth a row.</summary>
    private static PaymentReport? Report(string paymentId, string status, long valueCents, string billingType, DateTimeOffset at) =>
        status == PaymentStatuses.Expired
            ? null
            : new PaymentReport(paymentId, status, valueCents, AsaasCharges.Currency, billingType.Length > 0 ? billingType : null, status == PaymentStatuses.Paid ? at : null);

    /// <summary>The event's <c>dateCreated</c> (Brasília time): when Asaas saw the payment, rather than when the event was processed.</summary>
    private static DateTimeOffset? EventTime(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.TryGetProperty("dateCreated", out var created) && created.ValueKind == JsonValueKind.String
                ? AsaasDates.ParseDateTime(created.GetString())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
