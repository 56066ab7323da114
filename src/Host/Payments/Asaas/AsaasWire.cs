namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>The JSON shapes of Asaas v3 as the client reads and writes them (camelCase, nulls left out).</summary>
internal static class AsaasWire
{
    public sealed record ListPage<T>(List<T>? Data, bool HasMore, int TotalCount);

    public sealed record ErrorBody(List<AsaasError>? Errors);

    public sealed record Customer(string Id, string? Name, string? Email, string? CpfCnpj, string? ExternalReference)
    {
        public AsaasCustomer ToCustomer() => new(Id, Name ?? "", Email, CpfCnpj, ExternalReference);
    }

    public sealed record NewCustomer(string Name, string? CpfCnpj, string? Email, string? MobilePhone, string? ExternalReference, bool? NotificationDisabled);

    public sealed record NewPayment(string Customer, string BillingType, decimal Value, string DueDate, string? Description, string ExternalReference);

    public sealed record Payment(
        string Id,
        string? Customer,
        string? BillingType,
        decimal Value,
        string? Status,
        string? DueDate,
        string? InvoiceUrl,
        string? BankSlipUrl,
        string? ExternalReference,
        string? Description,
        string? PaymentDate,
        bool Deleted)
    {
        public AsaasPayment ToPayment() => new(
            Id,
            Customer ?? "",
            BillingType ?? "",
            AsaasMoney.ToCents(Value),
            Status ?? "",
            AsaasDates.ParseDate(DueDate),
            InvoiceUrl,
            BankSlipUrl,
            ExternalReference,
            Description,
            AsaasDates.ParseDate(PaymentDate),
            Deleted);
    }

    public sealed record PixQrCode(string? EncodedImage, string? Payload, string? ExpirationDate);
}
