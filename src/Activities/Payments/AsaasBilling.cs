namespace WorkflowPlatform.Activities.Payments;

/// <summary>The billing types <see cref="CreateAsaasCharge"/> offers, as Asaas spells them, and their default time to pay.</summary>
public static class AsaasBilling
{
    public const string Pix = "PIX";
    public const string Boleto = "BOLETO";
    public const string CreditCard = "CREDIT_CARD";

    public static IReadOnlyList<string> All { get; } = [Pix, Boleto, CreditCard];

    public static bool IsKnown(string? billingType) => billingType is not null && All.Contains(billingType, StringComparer.Ordinal);

    /// <summary>Days from today to the due date when none is given: a Pix or card is paid at once, a boleto needs a bank's working days.</summary>
    public static int DefaultDueInDays(string billingType) => billingType == Boleto ? 3 : 1;
}
