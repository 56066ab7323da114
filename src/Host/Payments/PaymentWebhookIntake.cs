using MassTransit;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// Takes a verified webhook event: stores it once by its provider id (what the provider's 200 promises), then asks
/// the bus to process it. A redelivery of an event not yet processed is sent to the bus again (harmless: processing is
/// idempotent); if the bus is unreachable, the reconciler processes the stored event later.
/// </summary>
internal sealed class PaymentWebhookIntake(PaymentStore store, IBus bus, ILogger<PaymentWebhookIntake> logger)
{
    /// <returns>True when the event was stored now, false when it had been stored before.</returns>
    public async Task<bool> AcceptAsync(string tenantId, string provider, string eventId, string type, string payload, CancellationToken cancellationToken)
    {
        var stored = await store.StoreEventAsync(
            new WebhookEventRow { TenantId = tenantId, Provider = provider, EventId = eventId, Type = type, Payload = payload }, cancellationToken);
        if (!stored && (await store.FindEventAsync(tenantId, provider, eventId, cancellationToken))?.ProcessedAt is not null)
        {
            return false;
        }

        try
        {
            await bus.Publish(new PaymentEventReceived(tenantId, provider, eventId), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Webhook event {EventId} ({Provider}) is stored but could not be sent to the bus; the reconciler will process it", eventId, provider);
        }

        return stored;
    }
}
