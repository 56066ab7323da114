namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>
/// The check digits of CPF (people) and CNPJ (companies) numbers, so that only real-looking ones are masked.
/// CNPJs issued from July 2026 may have letters in their first twelve places (each counts as its code minus 48).
/// </summary>
internal static class BrazilianTaxIds
{
    private static readonly int[] CpfWeights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsCpf(ReadOnlySpan<char> number) => IsValid(number, 11, CpfWeights, lettersAllowed: false);

    public static bool IsCnpj(ReadOnlySpan<char> number) => IsValid(number, 14, CnpjWeights, lettersAllowed: true);

    // Separators (. / -) are skipped; the two check digits are always digits.
    private static bool IsValid(ReadOnlySpan<char> number, int length, int[] weights, bool lettersAllowed)
    {
        Span<int> digits = stackalloc int[14];
        var count = 0;
        foreach (var character in number)
        {
            var isDigit = char.IsAsciiDigit(character);
            if (!isDigit && !(lettersAllowed && char.IsAsciiLetterUpper(character)))
            {
                continue;
            }

            if (count == length || (!isDigit && count >= length - 2))
            {
                return false;
            }

            digits[count++] = character - '0';
        }

        // 111.111.111-11 and the like pass the arithmetic but are not issued.
        if (count != length || digits[..length].IndexOfAnyExcept(digits[0]) < 0)
        {
            return false;
        }

        return digits[length - 2] == CheckDigit(digits[..(length - 2)], weights)
            && digits[length - 1] == CheckDigit(digits[..(length - 1)], weights);
    }

    // Modulo 11 with the weights aligned to the right: the first check digit uses the last weights.
    private static int CheckDigit(ReadOnlySpan<int> digits, int[] weights)
    {
        var offset = weights.Length - digits.Length;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += digits[i] * weights[offset + i];
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
