namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas speaks decimal BRL (<c>109.90</c>); the platform speaks cents. Both directions are exact: decimal holds
/// every long divided by 100, and a value with a fraction of a cent is refused rather than rounded.
/// </summary>
internal static class AsaasMoney
{
    public static decimal FromCents(long cents) => cents / 100m;

    public static long ToCents(decimal value)
    {
        var cents = value * 100m;
        if (decimal.Truncate(cents) != cents)
        {
            throw new FormatException($"The amount {value} has a fraction of a cent.");
        }

        return decimal.ToInt64(cents);
    }
}
