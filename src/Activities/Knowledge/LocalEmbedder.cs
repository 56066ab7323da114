using System.Collections.Frozen;
using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.AI;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>
/// The built-in offline embedder: words (plurals folded) and character trigrams hashed (signed) into 384 dimensions,
/// weighted 1 + log(tf) and L2-normalised. It is lexical, not semantic: "car" and "automobile" are unrelated to it. It is
/// the default when a tenant has no embedding connection, so search works with no outside service.
/// </summary>
public sealed class LocalEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;
    public const string ModelId = "local-hashing-384";

    // The trigrams of one word weigh this much together (in norm), against 1 for the word itself: enough for typos and
    // inflections to match, without long words drowning short ones. Chosen on half of the retrieval-quality queries.
    private const float TrigramShare = 2f;

    // English and Portuguese function words (accents folded). With no corpus statistics (no IDF), they would otherwise
    // dominate short queries, and in 384 dimensions every extra feature adds collision noise to the cosine.
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        """
        a about above after again against all am an and any are aren as at be because been before being below between both
        but by can cant could did didn do does doesn doing don down during each few for from further had has have having he
        her here hers herself him himself his how i if im in into is isn it its itself ive just me more most my myself no nor
        not now of off on once only or other our ours ourselves out over own s same she should so some such t than that the
        their theirs them themselves then there these they this those through to too under until up very was wasn we were
        weren what when where which while who whom why will with wont would you your yours yourself yourselves
        ao aos as ate com como da das de dela dele deles do dos e ela elas ele eles em entre era essa esse esta este eu foi ha
        isso isto ja la mais mas mesmo meu minha muito na nas nem nos nossa nosso num numa o os ou para pela pelas pelo pelos por
        qual quando que quem sao se sem ser seu sua tambem te tem ter um uma umas uns vai voce voces
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Embed(v)) { ModelId = ModelId })));

    public static float[] Embed(string text)
    {
        var words = Words(text).ToList();
        var content = words.Where(w => !StopWords.Contains(w)).ToList();
        var counts = new Dictionary<uint, float>();
        foreach (var word in content.Count > 0 ? content : words)
        {
            Add(counts, "w:" + Stem(word), 1f);
            var padded = $"#{word}#";
            var trigrams = padded.Length - 2;
            var share = TrigramShare / MathF.Sqrt(trigrams);
            for (var i = 0; i < trigrams; i++)
            {
                Add(counts, string.Concat("c:", padded.AsSpan(i, 3)), share);
            }
        }

        var vector = new float[Dimensions];
        foreach (var (hash, tf) in counts)
        {
            var weight = tf >= 1 ? 1 + MathF.Log(tf) : tf;
            vector[(int)(hash % Dimensions)] += (hash & 0x8000_0000) == 0 ? weight : -weight;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    /// <summary>
    /// Plurals folded to the singular, so "refunds" and "refund" share their word feature: Harman's S-stemmer for English
    /// and -ões/-ães to -ão for Portuguese. Nothing more: heavier stemmers conflate too much in two languages at once.
    /// </summary>
    private static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter))
        {
            return word;
        }

        if (word.EndsWith("oes", StringComparison.Ordinal) || word.EndsWith("aes", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "ao");
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        return word.EndsWith('s') && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    // Invariant globalization (on here) makes string.Normalize a no-op, so Latin accents are folded by table.
    private const string Accented = "áàâãäåçéèêëíìîïñóòôõöúùûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyy";

    /// <summary>Lower-case words of letters and digits, Latin accents folded (so "ação" matches "acao").</summary>
    public static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                var folded = Accented.IndexOf(c, StringComparison.Ordinal);
                builder.Append(folded >= 0 ? Plain[folded] : c);
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static void Add(Dictionary<uint, float> counts, string feature, float weight)
    {
        var key = Fnv1a(feature);
        counts[key] = counts.GetValueOrDefault(key) + weight;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
