using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>The activities' view of the invoices in the store.</summary>
internal sealed class StoredInvoices(PaymentStore store) : IPaymentInvoices
{
    public async Task<InvoiceState?> GetAsync(string tenantId, string invoiceId, CancellationToken cancellationToken)
    {
        if (await store.FindWithPaymentsAsync(tenantId, invoiceId, cancellationToken) is not { } found)
        {
            return null;
        }

        var invoice = found.Invoice;
        var payment = found.Payments.LastOrDefault(p => p.Status == invoice.Status) ?? (found.Payments.Count > 0 ? found.Payments[^1] : null);
        return new InvoiceState(invoice.Id, invoice.Provider, invoice.Status, invoice.AmountCents, invoice.Currency, invoice.ExternalId, invoice.PaidAt, payment?.Id, payment?.ExternalId);
    }
}
