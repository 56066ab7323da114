namespace WorkflowPlatform.Activities.Payments;

/// <summary>An invoice as activities see it. <see cref="Status"/> is Pending, Paid, Failed, Expired or Refunded.</summary>
public sealed record InvoiceState(
    string Id,
    string Provider,
    string Status,
    long AmountCents,
    string Currency,
    string? ExternalId,
    DateTimeOffset? PaidAt,
    string? PaymentId,
    string? ProviderPaymentId);

/// <summary>Reads a tenant's invoices; the host implements it over its store.</summary>
public interface IPaymentInvoices
{
    /// <returns>Null when the tenant has no such invoice.</returns>
    Task<InvoiceState?> GetAsync(string tenantId, string invoiceId, CancellationToken cancellationToken);
}
