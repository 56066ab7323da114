using System.Text.Json;
using System.Text.Json.Nodes;
using Stripe;
using Stripe.Checkout;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>
/// Stripe as a payment provider of the core: reads Checkout Session events (<c>checkout.session.completed</c> when
/// paid and <c>async_payment_succeeded</c>: Paid; <c>async_payment_failed</c>: Failed; <c>expired</c>: Expired) and,
/// for the reconciler, retrieves the Checkout Session of a pending invoice.
/// </summary>
internal sealed class StripePayments(StripeConnections connections, TimeProvider time) : IPaymentProvider
{
    public string Name => StripeCheckouts.Provider;

    public ProviderEvent? Interpret(WebhookEventRow webhookEvent)
    {
        Event stripeEvent;
        try
        {
            // The signature was verified on receipt; the API version is not enforced, only a few stable fields are read.
            stripeEvent = EventUtility.ParseEvent(webhookEvent.Payload, throwOnApiVersionMismatch: false);
        }
        catch (Exception exception) when (exception is JsonException or StripeException or ArgumentException)
        {
            throw new FormatException(exception.Message, exception);
        }

        if (stripeEvent.Data?.Object is not Session session)
        {
            return null;
        }

        var status = stripeEvent.Type switch
        {
            EventTypes.CheckoutSessionCompleted when session.PaymentStatus is "paid" or "no_payment_required" => PaymentStatuses.Paid,
            EventTypes.CheckoutSessionAsyncPaymentSucceeded => PaymentStatuses.Paid,
            EventTypes.CheckoutSessionAsyncPaymentFailed => PaymentStatuses.Failed,
            EventTypes.CheckoutSessionExpired => PaymentStatuses.Expired,
            _ => null, // completed but unpaid (a delayed method): the async_payment_* event follows
        };
        if (status is null)
        {
            return null;
        }

        var invoiceId = session.Metadata?.GetValueOrDefault("invoiceId") ?? session.ClientReferenceId;
        var at = stripeEvent.Created == default ? time.GetUtcNow() : new DateTimeOffset(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc));
        return new ProviderEvent(invoiceId, session.Id, UpdateOf(session, status, at));
    }

    public async Task<PaymentUpdate?> CheckAsync(InvoiceRow invoice, CancellationToken cancellationToken)
    {
        if (invoice.ExternalId is not { } sessionId)
        {
            return null;
        }

        var connection = (invoice.Meta is { } meta ? JsonNode.Parse(meta)?["connection"]?.GetValue<string>() : null) ?? "default";
        var client = await connections.ClientAsync(invoice.TenantId, connection, cancellationToken);
        Session session;
        try
        {
            session = await client.V1.Checkout.Sessions.GetAsync(sessionId, null, null, cancellationToken);
        }
        catch (StripeException exception)
        {
            throw new PaymentProviderException($"Stripe did not return checkout session {sessionId} ({(int)exception.HttpStatusCode}): {exception.StripeError?.Message ?? exception.Message}", exception);
        }

        var status = (session.Status, session.PaymentStatus) switch
        {
            ("complete", "paid" or "no_payment_required") => PaymentStatuses.Paid,
            ("expired", _) => PaymentStatuses.Expired,
            _ => null, // open, or complete and awaiting a delayed payment: only the async_payment_* webhook says how it ends
        };
        return status is null ? null : UpdateOf(session, status, time.GetUtcNow());
    }

    private static PaymentUpdate UpdateOf(Session session, string status, DateTimeOffset at)
    {
        // Money moved (or was refused) on the session's PaymentIntent; an expired session has none worth a row.
        var payment = status is PaymentStatuses.Paid or PaymentStatuses.Failed
            ? new PaymentReport(
                session.PaymentIntentId ?? session.Id,
                status,
                session.AmountTotal ?? 0,
                session.Currency ?? "",
                session.PaymentMethodTypes?.FirstOrDefault(),
                status == PaymentStatuses.Paid ? at : null)
            : null;
        return new PaymentUpdate(status, payment);
    }
}
