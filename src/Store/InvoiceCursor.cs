using System.Globalization;
using System.Text;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>The opaque keyset cursor of invoice pages: the last row's creation time and id.</summary>
internal static class InvoiceCursor
{
    public static string Format(InvoiceRow last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{last.Id}"));

    public static bool TryParse(string? cursor, out DateTimeOffset createdAt, out string id)
    {
        createdAt = default;
        id = "";
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        var buffer = new byte[cursor.Length];
        var parts = Convert.TryFromBase64String(cursor, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written).Split('|', 2) : [];
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw new FormatException("The cursor is not one this API returned.");
        }

        createdAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        id = parts[1];
        return true;
    }
}
