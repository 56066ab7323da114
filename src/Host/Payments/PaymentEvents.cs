using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// Processes stored webhook events: the provider reads the event, the invoice is found (by our id from the charge's
/// metadata, else by the provider's id), and <see cref="PaymentSettlement"/> applies it. An event that cannot apply
/// (no such invoice, an unreadable payload) is marked processed with the reason; an exception (the store is down)
/// leaves it unprocessed for the bus's retry or the reconciler.
/// </summary>
internal sealed class PaymentEvents(PaymentStore store, PaymentSettlement settlement, IEnumerable<IPaymentProvider> providers, ILogger<PaymentEvents> logger)
{
    public async Task ProcessAsync(WebhookEventKey key, CancellationToken cancellationToken)
    {
        var stored = await store.FindEventAsync(key.TenantId, key.Provider, key.EventId, cancellationToken);
        if (stored is null || stored.ProcessedAt is not null)
        {
            return;
        }

        var error = await ApplyAsync(key, stored, cancellationToken);
        if (error is not null)
        {
            logger.LogWarning("Webhook event {EventId} ({Provider}, tenant {TenantId}) was not applied: {Reason}", key.EventId, key.Provider, key.TenantId, error);
        }

        await store.MarkProcessedAsync(key.TenantId, key.Provider, key.EventId, error, cancellationToken);
    }

    private async Task<string?> ApplyAsync(WebhookEventKey key, Store.Rows.WebhookEventRow stored, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault(p => p.Name == key.Provider);
        if (provider is null)
        {
            return $"No payment provider '{key.Provider}' is registered.";
        }

        ProviderEvent? news;
        try
        {
            news = provider.Interpret(stored);
        }
        catch (FormatException exception)
        {
            return $"The stored {stored.Type} event cannot be read: {exception.Message}";
        }

        if (news is null)
        {
            return null; // an event type that moves no invoice
        }

        var invoice = (news.InvoiceId is { } id ? await store.FindAsync(key.TenantId, id, cancellationToken) : null)
                      ?? (news.ExternalId is { } externalId ? await store.FindByExternalIdAsync(key.TenantId, provider.Name, externalId, cancellationToken) : null);
        if (invoice is null || invoice.Provider != provider.Name)
        {
            return $"No {provider.Name} invoice of this tenant matches invoice id '{news.InvoiceId}' or external id '{news.ExternalId}'.";
        }

        await settlement.ApplyAsync(key.TenantId, invoice.Id, news.Update with { Reason = news.Update.Reason ?? stored.Type }, cancellationToken);
        return null;
    }
}
