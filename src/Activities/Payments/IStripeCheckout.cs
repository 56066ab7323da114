namespace WorkflowPlatform.Activities.Payments;

/// <summary>What <see cref="CreateStripeCheckout"/> asks for: one line item, paid once, for one activity execution.</summary>
public sealed record StripeCheckoutRequest
{
    public required string TenantId { get; init; }
    public required string InstanceId { get; init; }

    /// <summary>The activity execution: the invoice's and the provider call's idempotency key derive from it.</summary>
    public required string ExecutionId { get; init; }

    public required string Connection { get; init; }
    public required long AmountCents { get; init; }
    public required string Currency { get; init; }
    public required string ProductName { get; init; }
    public string? Description { get; init; }
    public int Quantity { get; init; } = 1;
    public required string SuccessUrl { get; init; }
    public required string CancelUrl { get; init; }
    public string? CustomerEmail { get; init; }
    public string? LeadId { get; init; }
    public string? DealId { get; init; }
}

/// <summary>The stored invoice and the Checkout Session the payer is sent to.</summary>
public sealed record StripeCheckoutSession(string InvoiceId, string Url, string SessionId);

/// <summary>
/// Creates Stripe Checkout Sessions through a tenant's <c>stripe</c> connection; the host implements it. The invoice
/// is stored before the provider is called and both are keyed by the execution, so a re-run (retry, crash) returns
/// the same session instead of creating another.
/// </summary>
public interface IStripeCheckout
{
    /// <exception cref="PaymentProviderException">The connection is missing or wrong, or Stripe refused.</exception>
    Task<StripeCheckoutSession> CreateAsync(StripeCheckoutRequest request, CancellationToken cancellationToken);
}
