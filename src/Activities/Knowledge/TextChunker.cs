using Microsoft.ML.Tokenizers;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>Splits a text into chunks of a number of tokens (o200k, the tokenizer of current OpenAI models) that overlap.</summary>
public static class TextChunker
{
    public const int DefaultTokens = 800;
    public const int DefaultOverlap = 100;

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static IReadOnlyList<string> Split(string text, int maxTokens = DefaultTokens, int overlap = DefaultOverlap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(overlap);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(overlap, maxTokens);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var ids = Tokenizer.Value.EncodeToIds(text);
        var chunks = new List<string>();
        for (var start = 0; start < ids.Count; start += maxTokens - overlap)
        {
            var window = ids.Skip(start).Take(maxTokens).ToList();
            chunks.Add(Tokenizer.Value.Decode(window).Trim());
            if (start + maxTokens >= ids.Count)
            {
                break;
            }
        }

        return chunks.Where(c => c.Length > 0).ToList();
    }

    public static int CountTokens(string text) => Tokenizer.Value.CountTokens(text);
}
