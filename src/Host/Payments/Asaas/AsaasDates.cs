using System.Globalization;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas dates are <c>yyyy-MM-dd</c> in payments but <c>dd/MM/yyyy</c> in some documented samples, and its date-times
/// (<c>yyyy-MM-dd HH:mm:ss</c>) carry no zone; they are read as Brasília time (UTC−3, no daylight saving since 2019).
/// </summary>
internal static class AsaasDates
{
    public static readonly TimeSpan BrasiliaOffset = TimeSpan.FromHours(-3);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "dd/MM/yyyy HH:mm:ss"];

    public static string ToWire(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateTimeOffset? ParseDateTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, BrasiliaOffset);
        }

        if (ParseDate(text) is { } date)
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), BrasiliaOffset);
        }

        // An ISO 8601 value with its own offset, should Asaas ever send one.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned) ? zoned : null;
    }
}
