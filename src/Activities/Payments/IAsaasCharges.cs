namespace WorkflowPlatform.Activities.Payments;

/// <summary>The payer of an Asaas charge, found by CPF/CNPJ or e-mail and created when neither is known.</summary>
public sealed record AsaasPayer(string Name, string? Email = null, string? CpfCnpj = null, string? Phone = null);

/// <summary>What <see cref="CreateAsaasCharge"/> asks for: one charge in BRL, for one activity execution.</summary>
public sealed record AsaasChargeRequest
{
    public required string TenantId { get; init; }
    public required string InstanceId { get; init; }

    /// <summary>The activity execution: the invoice's idempotency key derives from it.</summary>
    public required string ExecutionId { get; init; }

    public required string Connection { get; init; }
    public required long AmountCents { get; init; }

    /// <summary>One of <see cref="AsaasBilling.All"/>.</summary>
    public required string BillingType { get; init; }

    /// <summary>The due date; when null, <see cref="DueInDays"/> days after today in Brasília.</summary>
    public DateOnly? DueDate { get; init; }

    public int DueInDays { get; init; }
    public required AsaasPayer Payer { get; init; }
    public string? Description { get; init; }
    public string? LeadId { get; init; }
    public string? DealId { get; init; }
}

/// <summary>The stored invoice and the Asaas charge: where the payer pays and, for PIX, the QR code (a base64 PNG) and its copy-and-paste payload.</summary>
public sealed record AsaasCharge(
    string InvoiceId,
    string PaymentId,
    string CustomerId,
    string Url,
    DateOnly DueDate,
    string? PixPayload,
    string? PixQrCode);

/// <summary>
/// Creates Asaas charges through a tenant's <c>asaas</c> connection; the host implements it. The invoice is stored
/// before Asaas is called, keyed by the execution, and its id is the charge's <c>externalReference</c>; Asaas has no
/// idempotency header, so a re-run (retry, crash) looks the reference up and reuses the charge instead of creating another.
/// </summary>
public interface IAsaasCharges
{
    /// <exception cref="PaymentProviderException">The connection is missing or wrong, or Asaas refused (its error descriptions in the message).</exception>
    Task<AsaasCharge> CreateAsync(AsaasChargeRequest request, CancellationToken cancellationToken);
}
