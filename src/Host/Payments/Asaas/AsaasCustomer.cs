namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>A payer as Asaas stores it; <see cref="Id"/> is <c>cus_…</c>.</summary>
internal sealed record AsaasCustomer(string Id, string Name, string? Email, string? CpfCnpj, string? ExternalReference);

/// <summary>
/// A payer to find or create. Asaas documents <c>name</c> and <c>cpfCnpj</c> as the minimum; it allows duplicates,
/// so <see cref="AsaasClient.FindOrCreateCustomerAsync"/> looks the payer up first. <see cref="NotificationDisabled"/>
/// true stops Asaas's own e-mails and SMS, which are really sent, even from the sandbox.
/// </summary>
internal sealed record AsaasNewCustomer(
    string Name,
    string? CpfCnpj,
    string? Email = null,
    string? MobilePhone = null,
    string? ExternalReference = null,
    bool? NotificationDisabled = null);
