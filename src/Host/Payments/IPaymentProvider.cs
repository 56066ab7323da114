using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments;

/// <summary>What one stored webhook event says: which invoice (by our id or the provider's) and where it moves.</summary>
internal sealed record ProviderEvent(string? InvoiceId, string? ExternalId, PaymentUpdate Update);

/// <summary>
/// A payment provider as the core sees it, after the charge was made: it reads its own stored webhook events and
/// answers the reconciler's question about a pending invoice. Webhooks, the bus, transitions, platform events and
/// resumes are the core's (<see cref="PaymentEvents"/>, <see cref="PaymentSettlement"/>), the same for every provider.
/// </summary>
internal interface IPaymentProvider
{
    /// <summary>The invoices' and events' <c>provider</c> column: <c>stripe</c>, <c>asaas</c>.</summary>
    string Name { get; }

    /// <summary>Null for an event that does not move an invoice (a type not handled, a checkout completed but unpaid).</summary>
    /// <exception cref="FormatException">The stored payload cannot be read.</exception>
    ProviderEvent? Interpret(WebhookEventRow webhookEvent);

    /// <summary>Asks the provider where a pending invoice stands; null while it is still pending there.</summary>
    Task<PaymentUpdate?> CheckAsync(InvoiceRow invoice, CancellationToken cancellationToken);
}
