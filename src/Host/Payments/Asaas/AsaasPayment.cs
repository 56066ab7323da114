namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// A charge as Asaas reports it, its value in cents. <see cref="BillingType"/> and <see cref="Status"/> stay Asaas's
/// strings (responses know more values than requests); <see cref="AsaasStatusMapping.OutcomeOf(AsaasPayment)"/> reads them.
/// <see cref="InvoiceUrl"/> is the hosted page for every billing type; <see cref="BankSlipUrl"/> is the boleto's PDF.
/// </summary>
internal sealed record AsaasPayment(
    string Id,
    string CustomerId,
    string BillingType,
    long ValueCents,
    string Status,
    DateOnly? DueDate,
    string? InvoiceUrl,
    string? BankSlipUrl,
    string? ExternalReference,
    string? Description,
    DateOnly? PaymentDate,
    bool Deleted);

/// <summary>
/// A charge to create. <see cref="ExternalReference"/> is required: Asaas has no idempotency header, and this
/// reference (the platform's invoice or execution id) is how a retried creation finds the charge made before.
/// </summary>
internal sealed record AsaasNewPayment(
    string CustomerId,
    AsaasBillingType BillingType,
    long ValueCents,
    DateOnly DueDate,
    string ExternalReference,
    string? Description = null);

/// <summary>The Pix QR code of a charge: a base64 PNG (no data-URI prefix), the copy-and-paste payload and when it expires.</summary>
internal sealed record AsaasPixQrCode(string EncodedImage, string Payload, DateTimeOffset? ExpirationDate);
