using System.Text.RegularExpressions;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>
/// Replaces personal data in a text with placeholders before it is stored or embedded: e-mail addresses with [email],
/// CPF and CNPJ numbers whose check digits hold with [cpf] and [cnpj], and phone numbers with [phone].
/// </summary>
public static partial class PiiMasker
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Cpf = "[cpf]";
    public const string Cnpj = "[cnpj]";

    private const int MinimumPhoneDigits = 10;
    private const int MaximumPhoneDigits = 13;

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // E-mails first (their local part may hold digits), then the documents, which are stricter than phones:
        // an unformatted CPF has as many digits as a mobile number with its area code.
        text = EmailPattern().Replace(text, Email);
        text = CnpjPattern().Replace(text, match => BrazilianTaxIds.IsCnpj(match.ValueSpan) ? Cnpj : match.Value);
        text = CpfPattern().Replace(text, match => BrazilianTaxIds.IsCpf(match.ValueSpan) ? Cpf : match.Value);
        return PhonePattern().Replace(text, match => IsPhone(match) ? Phone : match.Value);
    }

    private static bool IsPhone(Match match)
    {
        Span<char> digits = stackalloc char[match.Length];
        var count = 0;
        foreach (var character in match.ValueSpan)
        {
            if (char.IsAsciiDigit(character))
            {
                digits[count++] = character;
            }
        }

        if (count is < MinimumPhoneDigits or > MaximumPhoneDigits)
        {
            return false;
        }

        // A bare run of digits is as often an order, an invoice or a timestamp: take it only in the shape of a
        // Brazilian number. Written with a +, parentheses or separators, it is a phone in any country.
        return match.Groups["bare"].Success ? IsBrazilianNumber(digits[..count]) : true;
    }

    // Area code (no zeros) then a landline (2-5) or a mobile (9), optionally after the country code 55.
    private static bool IsBrazilianNumber(ReadOnlySpan<char> digits) => digits.Length switch
    {
        10 => digits[0] != '0' && digits[1] != '0' && digits[2] is >= '2' and <= '5',
        11 => digits[0] != '0' && digits[1] != '0' && digits[2] == '9',
        12 or 13 => digits.StartsWith("55") && IsBrazilianNumber(digits[2..]),
        _ => false,
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // 12.345.678/0001-95, 12345678000195, and the alphanumeric 12.ABC.345/01DE-35 (formatted only).
    [GeneratedRegex(@"(?<![0-9]|[0-9][.,/-])(?:[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}|[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2})(?![0-9]|[.,/-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CnpjPattern();

    // 123.456.789-09 or 12345678909.
    [GeneratedRegex(@"(?<![0-9]|[0-9][.,/-])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9]|[.,/-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CpfPattern();

    // +55 11 98765-4321, +1 (415) 555-0100, (11) 98765-4321, 11 98765-4321, 415-555-0100, 11987654321; not after
    // a letter, # or another number (order numbers, codes, the cents of a price).
    [GeneratedRegex(@"(?<![\p{L}\p{N}+#]|[0-9][.,/-])(?:\+[0-9]{1,3}[ .-]?(?:\([0-9]{1,4}\)|[0-9]{1,4})[ .-]?[0-9]{3,5}[ .-]?[0-9]{4}|\([0-9]{2,3}\) ?[0-9]{4,5}[ .-]?[0-9]{4}|[0-9]{2,3}[ .-][0-9]{3,5}[ .-][0-9]{4}|(?<bare>[0-9]{10,13}))(?![\p{L}\p{N}]|[.,/-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
