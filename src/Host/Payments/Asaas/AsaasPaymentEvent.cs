namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// One delivered <c>PAYMENT_*</c> webhook, neutral of the JSON. <see cref="EventId"/> is Asaas's per-event id
/// (<c>evt_…&amp;…</c>, an opaque string that contains '&amp;'): the same for every redelivery of the event, so it is
/// the key for storing each event once. <see cref="Status"/> is the payment's Asaas status at the time of the event.
/// </summary>
internal sealed record AsaasPaymentEvent(
    string EventId,
    string Event,
    string PaymentId,
    string Status,
    long ValueCents,
    string BillingType,
    string? ExternalReference,
    DateOnly? PaymentDate)
{
    /// <summary>What the event says about the charge, for the platform; <see cref="AsaasPaymentOutcome.Pending"/> means no change.</summary>
    public AsaasPaymentOutcome Outcome => AsaasStatusMapping.OutcomeOf(Event);
}

/// <summary>A webhook body that is not JSON, or lacks the event id, the event name or (for a PAYMENT_* event) the payment.</summary>
internal sealed class AsaasWebhookFormatException(string message, Exception? inner = null) : Exception(message, inner);
