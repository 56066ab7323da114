using System.Text.Json.Nodes;
using Stripe;
using Stripe.Checkout;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>
/// Creates Checkout Sessions: the invoice is stored first (Pending, keyed by the execution), then the session is
/// created with an <c>Idempotency-Key</c> derived from the same execution, then its id and URL are stored. A re-run
/// finds the stored session; a re-run after a crash between the provider's answer and the store gets the same
/// session back from Stripe's idempotency replay (the request is built only from stored values, so it is identical).
/// </summary>
internal sealed class StripeCheckouts(StripeConnections connections, PaymentStore store) : IStripeCheckout
{
    public const string Provider = "stripe";

    public async Task<StripeCheckoutSession> CreateAsync(StripeCheckoutRequest request, CancellationToken cancellationToken)
    {
        var client = await connections.ClientAsync(request.TenantId, request.Connection, cancellationToken);
        var key = $"checkout:{request.ExecutionId}";
        var invoice = await store.CreateInvoiceAsync(new InvoiceRow
        {
            TenantId = request.TenantId,
            Id = "inv_" + Guid.CreateVersion7().ToString("N"),
            Provider = Provider,
            IdempotencyKey = key,
            Status = PaymentStatuses.Pending,
            AmountCents = request.AmountCents * request.Quantity,
            Currency = request.Currency,
            BillingType = "checkout",
            InstanceId = request.InstanceId,
            LeadId = request.LeadId,
            DealId = request.DealId,
            Meta = new JsonObject { ["connection"] = request.Connection }.ToJsonString(),
        }, cancellationToken);
        if (invoice is { ExternalId: { } storedId, Url: { } storedUrl })
        {
            return new StripeCheckoutSession(invoice.Id, storedUrl, storedId);
        }

        Session session;
        try
        {
            session = await client.V1.Checkout.Sessions.CreateAsync(Options(request, invoice), new RequestOptions { IdempotencyKey = key }, cancellationToken);
        }
        catch (StripeException exception)
        {
            throw new PaymentProviderException($"Stripe refused the checkout session ({(int)exception.HttpStatusCode}): {exception.StripeError?.Message ?? exception.Message}", exception);
        }

        if (string.IsNullOrEmpty(session.Id) || string.IsNullOrEmpty(session.Url))
        {
            throw new PaymentProviderException("Stripe answered a checkout session without an id or a URL.");
        }

        var dueAt = session.ExpiresAt == default ? (DateTimeOffset?)null : new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc));
        await store.SetExternalAsync(request.TenantId, invoice.Id, new InvoiceExternal(session.Id, session.Url, dueAt), cancellationToken);
        return new StripeCheckoutSession(invoice.Id, session.Url, session.Id);
    }

    private static SessionCreateOptions Options(StripeCheckoutRequest request, InvoiceRow invoice)
    {
        // Stripe.net sends an explicitly assigned null as an empty value, so optional fields are set only when present.
        var metadata = new Dictionary<string, string>
        {
            ["tenant"] = request.TenantId,
            ["instanceId"] = request.InstanceId,
            ["invoiceId"] = invoice.Id,
            ["executionId"] = request.ExecutionId,
        };
        if (request.LeadId is { } leadId)
        {
            metadata["leadId"] = leadId;
        }

        if (request.DealId is { } dealId)
        {
            metadata["dealId"] = dealId;
        }

        var product = new SessionLineItemPriceDataProductDataOptions { Name = request.ProductName };
        if (request.Description is { } description)
        {
            product.Description = description;
        }

        var options = new SessionCreateOptions
        {
            Mode = "payment",
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ClientReferenceId = invoice.Id,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = request.Quantity,
                    PriceData = new SessionLineItemPriceDataOptions { Currency = invoice.Currency, UnitAmount = request.AmountCents, ProductData = product },
                },
            ],
        };
        if (request.CustomerEmail is { } email)
        {
            options.CustomerEmail = email;
        }

        return options;
    }
}
