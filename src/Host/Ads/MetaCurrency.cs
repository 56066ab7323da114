namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// Meta counts budgets in a currency's minor units by its offset: 100 for most currencies (cents), 1 for those without
/// decimals (Meta's currencies table). Spend and conversion values arrive in whole units and are turned into the same
/// minor units, so spend and budget compare directly.
/// </summary>
internal static class MetaCurrency
{
    private static readonly HashSet<string> OffsetOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "CLP", "COP", "CRC", "HUF", "ISK", "IDR", "JPY", "KRW", "PYG", "TWD", "VND",
    };

    public static int Offset(string? currency) => currency is not null && OffsetOne.Contains(currency) ? 1 : 100;

    public static long ToMinorUnits(decimal? amount, int offset) =>
        amount is { } value ? (long)Math.Round(value * offset, 0, MidpointRounding.AwayFromZero) : 0;

    /// <summary>A count such as impressions; the API sends it as a string of digits.</summary>
    public static long Count(decimal? value) => value is { } number ? (long)Math.Round(number, 0, MidpointRounding.AwayFromZero) : 0;
}
