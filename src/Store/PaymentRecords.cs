using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>What a provider said about a charge: the status it moves the invoice to, and the money that moved, if any.</summary>
public sealed record PaymentUpdate(string Status, PaymentReport? Payment = null, string? Reason = null);

/// <summary>A provider payment (Stripe PaymentIntent, Asaas payment) as reported; upserted by (tenant, provider, external id).</summary>
public sealed record PaymentReport(string ExternalId, string Status, long AmountCents, string Currency, string? Method = null, DateTimeOffset? PaidAt = null);

/// <summary>The invoice after an update, the status it had before, and whether the update moved it.</summary>
public sealed record InvoiceTransition(InvoiceRow Invoice, string PreviousStatus, bool Changed, PaymentRow? Payment);

/// <summary>What the provider answered when the charge was created: its id and where the payer goes.</summary>
public sealed record InvoiceExternal(
    string ExternalId,
    string? Url,
    DateTimeOffset? DueAt = null,
    string? CustomerId = null,
    string? BillingType = null,
    string? PixPayload = null,
    string? PixQrCode = null);

/// <summary>An invoice with its payments, newest payment last.</summary>
public sealed record InvoiceWithPayments(InvoiceRow Invoice, IReadOnlyList<PaymentRow> Payments);

public sealed record InvoiceQuery
{
    public string? Status { get; init; }
    public string? Provider { get; init; }
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

public sealed record InvoicePage(IReadOnlyList<InvoiceWithPayments> Items, string? NextCursor);

/// <summary>Names one stored webhook event.</summary>
public sealed record WebhookEventKey(string TenantId, string Provider, string EventId);

/// <summary>An invoice of a tenant, named across tenants (the reconciler's work items).</summary>
public sealed record InvoiceKey(string TenantId, string InvoiceId);
