using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// So that a lost webhook (or a lost bus message, or a crash between two steps) never leaves a checkout waiting for
/// ever, every <see cref="PaymentOptions.ReconcileEvery"/>: processes webhook events stored but never processed; asks
/// the provider about invoices pending for <see cref="PaymentOptions.ReconcileAfter"/> or past their due time, and
/// applies the answer as a webhook would; resumes instances still waiting on settled invoices. Every step is
/// idempotent, so several processes may run it at once.
/// </summary>
internal sealed class PaymentReconciler(
    PaymentStore store, PaymentEvents events, PaymentSettlement settlement, IEnumerable<IPaymentProvider> providers,
    IOptions<PaymentOptions> options, TimeProvider time, ILogger<PaymentReconciler> logger) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileEvery, time);
        try
        {
            do
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Payment reconciliation failed; trying again at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var key in await store.FindUnprocessedEventsAsync(now - options.Value.ReconcileEvery, Batch, cancellationToken))
        {
            await events.ProcessAsync(key, cancellationToken);
        }

        foreach (var invoice in await store.FindPendingToCheckAsync(now, options.Value.ReconcileAfter, Batch, cancellationToken))
        {
            var provider = providers.FirstOrDefault(p => p.Name == invoice.Provider);
            if (provider is null)
            {
                continue;
            }

            try
            {
                var update = await provider.CheckAsync(invoice, cancellationToken);
                if (update is null || update.Status == PaymentStatuses.Pending)
                {
                    await store.MarkCheckedAsync(invoice.TenantId, invoice.Id, cancellationToken);
                }
                else
                {
                    await settlement.ApplyAsync(invoice.TenantId, invoice.Id, update with { Reason = update.Reason ?? "reconciled" }, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is PaymentProviderException or HttpRequestException)
            {
                logger.LogWarning("Could not ask {Provider} about invoice {InvoiceId} of tenant {TenantId}: {Reason}", invoice.Provider, invoice.Id, invoice.TenantId, exception.Message);
                await store.MarkCheckedAsync(invoice.TenantId, invoice.Id, cancellationToken);
            }
        }

        foreach (var awaited in await store.FindSettledAwaitedAsync(PaymentBookmarks.Kind, Batch, cancellationToken))
        {
            await settlement.ResumeWaitersAsync(awaited.TenantId, awaited.InvoiceId, new JsonObject { ["invoiceId"] = awaited.InvoiceId }, cancellationToken);
        }
    }
}
