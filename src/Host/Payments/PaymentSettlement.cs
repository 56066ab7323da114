using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// The one path by which news about a charge takes effect, whoever brings it (a webhook, the reconciler): the invoice
/// moves forward in the store (a compare-and-set, so of concurrent bearers of the same news exactly one sees the
/// change), the platform event is published only by that one, and the instances waiting on the invoice are resumed.
/// Resuming consumes the bookmark atomically, so it is done whenever the invoice is settled: a waiter that a crash
/// left behind is resumed by the next bearer, and never twice.
/// </summary>
internal sealed class PaymentSettlement(PaymentStore store, IEventPublisher events, IInstanceStore instances, BookmarkResumer resumer, ILogger<PaymentSettlement> logger)
{
    /// <summary>Null when the tenant has no such invoice.</summary>
    public async Task<InvoiceTransition?> ApplyAsync(string tenantId, string invoiceId, PaymentUpdate update, CancellationToken cancellationToken)
    {
        var transition = await store.ApplyAsync(tenantId, invoiceId, update, cancellationToken);
        if (transition is null)
        {
            return null;
        }

        var invoice = transition.Invoice;
        var payload = Payload(transition);
        if (transition.Changed)
        {
            logger.LogInformation("Invoice {InvoiceId} of tenant {TenantId} moved from {Previous} to {Status} ({Reason})",
                invoiceId, tenantId, transition.PreviousStatus, invoice.Status, update.Reason);
            if (PaymentEventNames.For(invoice.Status) is { } name)
            {
                await events.PublishAsync(tenantId, name, invoiceId, payload, cancellationToken);
            }
        }

        if (PaymentStatuses.IsSettled(invoice.Status))
        {
            await ResumeWaitersAsync(tenantId, invoiceId, payload, cancellationToken);
        }

        return transition;
    }

    /// <summary>Resumes the instances waiting on the invoice (a consumed bookmark is not resumed again); returns how many.</summary>
    public async Task<int> ResumeWaitersAsync(string tenantId, string invoiceId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var resumed = 0;
        foreach (var bookmark in await instances.FindBookmarksAsync(tenantId, PaymentBookmarks.Kind, invoiceId, cancellationToken))
        {
            if (await resumer.ResumeAsync(bookmark, payload?.DeepClone(), trigger: null, timedOut: false, cancellationToken))
            {
                resumed++;
                logger.LogInformation("Resumed instance {InstanceId} waiting on invoice {InvoiceId}", bookmark.InstanceId, invoiceId);
            }
        }

        return resumed;
    }

    private static JsonObject Payload(InvoiceTransition transition)
    {
        var invoice = transition.Invoice;
        return new JsonObject
        {
            ["invoiceId"] = invoice.Id,
            ["provider"] = invoice.Provider,
            ["status"] = invoice.Status,
            ["previousStatus"] = transition.PreviousStatus,
            ["amountCents"] = invoice.AmountCents,
            ["currency"] = invoice.Currency,
            ["externalId"] = invoice.ExternalId,
            ["instanceId"] = invoice.InstanceId,
            ["leadId"] = invoice.LeadId,
            ["dealId"] = invoice.DealId,
            ["paidAt"] = invoice.PaidAt,
            ["paymentId"] = transition.Payment?.Id,
            ["providerPaymentId"] = transition.Payment?.ExternalId,
        };
    }
}
