namespace WorkflowPlatform.Store.Rows;

/// <summary>
/// A charge asked of a provider (a Stripe Checkout Session, an Asaas payment). <see cref="IdempotencyKey"/> comes from
/// the activity execution that created it, so a re-run finds it instead of charging again.
/// </summary>
public sealed class InvoiceRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string Provider { get; set; }
    public required string IdempotencyKey { get; set; }
    public string? ExternalId { get; set; }

    /// <summary><c>Pending</c>, <c>Paid</c>, <c>Failed</c>, <c>Expired</c> or <c>Refunded</c>.</summary>
    public required string Status { get; set; }
    public long AmountCents { get; set; }
    public required string Currency { get; set; }
    public string? BillingType { get; set; }
    public string? Url { get; set; }
    public string? PixPayload { get; set; }
    public string? PixQrCode { get; set; }
    public string? CustomerId { get; set; }
    public string? InstanceId { get; set; }
    public string? LeadId { get; set; }
    public string? DealId { get; set; }
    public string? Meta { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Money that moved for an invoice, as the provider reported it (one row per provider payment).</summary>
public sealed class PaymentRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string InvoiceId { get; set; }
    public required string Provider { get; set; }
    public required string ExternalId { get; set; }
    public required string Status { get; set; }
    public long AmountCents { get; set; }
    public required string Currency { get; set; }
    public string? Method { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A provider's webhook event, stored once by its id before the provider gets its 200, then processed.</summary>
public sealed class WebhookEventRow
{
    public required string TenantId { get; set; }
    public required string Provider { get; set; }
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public string? Error { get; set; }
}

/// <summary>An NPS survey: its unguessable token is the link; one answer per token.</summary>
public sealed class NpsSurveyRow
{
    public required string Token { get; set; }
    public required string TenantId { get; set; }
    public string? InstanceId { get; set; }
    public string? WorkflowId { get; set; }
    public string? LeadId { get; set; }
    public string? DealId { get; set; }
    public string? Email { get; set; }
    public string? Question { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }

    /// <summary><c>promoter</c> (9–10), <c>passive</c> (7–8) or <c>detractor</c> (0–6), once answered.</summary>
    public string? Category { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
