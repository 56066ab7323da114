namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>The billing types a charge is created with. Responses may also name DEBIT_CARD, TRANSFER or DEPOSIT, so they stay strings.</summary>
internal enum AsaasBillingType
{
    Pix,
    Boleto,
    CreditCard,

    /// <summary>The payer chooses on the invoice page.</summary>
    Undefined,
}

internal static class AsaasBillingTypes
{
    public static string ToWire(this AsaasBillingType billingType) => billingType switch
    {
        AsaasBillingType.Pix => "PIX",
        AsaasBillingType.Boleto => "BOLETO",
        AsaasBillingType.CreditCard => "CREDIT_CARD",
        AsaasBillingType.Undefined => "UNDEFINED",
        _ => throw new ArgumentOutOfRangeException(nameof(billingType), billingType, null),
    };
}
