using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.AI;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>
/// The built-in offline embedder: words and character trigrams hashed (signed) into 384 dimensions, weighted
/// 1 + log(tf) and L2-normalised. It is lexical, not semantic: "car" and "automobile" are unrelated to it. It is
/// the default when a tenant has no embedding connection, so search works with no outside service.
/// </summary>
public sealed class LocalEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;
    public const string ModelId = "local-hashing-384";

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Embed(v)) { ModelId = ModelId })));

    public static float[] Embed(string text)
    {
        var counts = new Dictionary<uint, float>();
        foreach (var word in Words(text))
        {
            Add(counts, "w:" + word);
            var padded = $"#{word}#";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                Add(counts, string.Concat("c:", padded.AsSpan(i, 3)));
            }
        }

        var vector = new float[Dimensions];
        foreach (var (hash, tf) in counts)
        {
            var weight = 1 + MathF.Log(tf);
            vector[(int)(hash % Dimensions)] += (hash & 0x8000_0000) == 0 ? weight : -weight;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
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

    private static void Add(Dictionary<uint, float> counts, string feature)
    {
        var key = Fnv1a(feature);
        counts[key] = counts.GetValueOrDefault(key) + 1;
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
