using System.Globalization;
using System.Text;

namespace WorkflowPlatform.Store;

/// <summary>Opaque cursors of the CRM's pages, encoded like the instances' (base64 of the last row's key).</summary>
internal static class KeysetCursor
{
    private const string Invalid = "The cursor is not one this API returned.";

    /// <summary>The cursor after a row ordered by creation time, then id.</summary>
    public static string Format(DateTimeOffset createdAt, string id) =>
        Encode($"{createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{id}");

    /// <summary>The cursor after a row ordered by a numeric id.</summary>
    public static string Format(long id) => Encode(id.ToString(CultureInfo.InvariantCulture));

    /// <exception cref="FormatException">The cursor was not made by <see cref="Format(DateTimeOffset, string)"/>.</exception>
    public static bool TryParse(string? cursor, out DateTimeOffset createdAt, out string id)
    {
        createdAt = default;
        id = "";
        if (Decode(cursor) is not { } text)
        {
            return false;
        }

        var parts = text.Split('|', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw new FormatException(Invalid);
        }

        createdAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        id = parts[1];
        return true;
    }

    /// <exception cref="FormatException">The cursor was not made by <see cref="Format(long)"/>.</exception>
    public static bool TryParse(string? cursor, out long id)
    {
        id = 0;
        if (Decode(cursor) is not { } text)
        {
            return false;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) ? true : throw new FormatException(Invalid);
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var buffer = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : throw new FormatException(Invalid);
    }
}
