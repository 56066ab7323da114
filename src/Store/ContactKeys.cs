namespace WorkflowPlatform.Store;

/// <summary>
/// How a lead's e-mail and phone are kept, so that one person written several ways is one lead: the e-mail trimmed
/// and lower-case, the phone as its digits only (a leading "+" or international "00" dropped, the country code kept).
/// </summary>
public static class ContactKeys
{
    /// <summary>E.164 allows at most 15 digits; fewer than 8 is no dialable number anywhere.</summary>
    private const int MinPhoneDigits = 8;
    private const int MaxPhoneDigits = 15;

    /// <summary>The e-mail as stored, or null when empty.</summary>
    public static string? Email(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();

    /// <summary>The phone as stored (digits only), or null when it has no digits.</summary>
    public static string? Phone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        // "0055 11 ..." is how "+55 11 ..." is dialled from abroad: the same number.
        if (raw.TrimStart().StartsWith("00", StringComparison.Ordinal) && digits.Length > 2)
        {
            digits = digits[2..];
        }

        return digits.Length == 0 ? null : digits;
    }

    /// <summary>A plausible address: one '@' between a local part and a dotted domain, no spaces, at most 254 characters.</summary>
    public static bool IsEmail(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? "" : key[(at + 1)..];
        return key.Length <= 254 && at > 0 && !domain.Contains('@', StringComparison.Ordinal) && !key.Any(char.IsWhiteSpace)
               && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    public static bool IsPhone(string key) => key.Length is >= MinPhoneDigits and <= MaxPhoneDigits;

    /// <summary>Text written like a phone number (digits and + - ( ) . and spaces only), not text that merely has digits ("ana3@...").</summary>
    public static bool LooksLikePhone(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');
}
