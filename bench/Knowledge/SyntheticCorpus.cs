using System.Text;

namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>A synthetic knowledge-base document: small enough to be one chunk.</summary>
internal sealed record SyntheticDocument(string Title, string Text, string Source);

/// <summary>
/// Deterministic knowledge-base text: every document and query is a function of the seed and its number. Words
/// follow Zipf's law with the function words at the top ranks, so content words take the ranks after them
/// (Zipf-Mandelbrot, rank offset <see cref="RankOffset"/>): the commonest content word is in about a third of the
/// documents, the hundredth in about one in twenty, most in a few hundred. Each document and query also leans on
/// one of a few hundred topics, so full-text matches and vector neighbours are skewed the way a support base is,
/// not uniform noise.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const int Topics = 300;
    private const int WordsPerTopic = 40;
    private const double TopicShare = 0.55;
    private const double FunctionShare = 0.35;
    private const double RankOffset = 10;

    private readonly int seed;
    private readonly string[] words;
    private readonly double[] globalCumulative;
    private readonly int[][] topicWords;
    private readonly double[] topicCumulative;

    public SyntheticCorpus(int seed)
    {
        this.seed = seed;
        var random = new Random(seed);
        words = Vocabulary.ContentWords();
        random.Shuffle(words); // the shuffle decides which words are frequent
        globalCumulative = ZipfCumulative(words.Length, RankOffset);
        topicWords = Enumerable.Range(0, Topics).Select(_ => Enumerable.Range(0, WordsPerTopic).Select(_ => random.Next(words.Length)).ToArray()).ToArray();
        topicCumulative = ZipfCumulative(WordsPerTopic, 0);
    }

    public int VocabularySize => words.Length;

    public SyntheticDocument Document(int number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var topic = random.Next(Topics);
        var length = random.Next(60, 121);
        var text = new StringBuilder(length * 9);
        var sentenceLeft = 0;
        for (var i = 0; i < length; i++)
        {
            var word = random.NextDouble() < FunctionShare
                ? Vocabulary.FunctionWords[random.Next(Vocabulary.FunctionWords.Length)]
                : ContentWord(random, topic, TopicShare);
            if (sentenceLeft == 0)
            {
                sentenceLeft = random.Next(8, 17);
                text.Append(text.Length == 0 ? "" : ". ").Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                text.Append(' ').Append(word);
            }

            sentenceLeft--;
        }

        text.Append('.');
        var title = $"{Capitalised(ContentWord(random, topic, 1.0))} {ContentWord(random, topic, 1.0)} ({number})";
        return new SyntheticDocument(title, text.ToString(), $"kb/topic-{topic}/doc-{number}.md");
    }

    /// <summary>3 to 6 content words, most from one topic.</summary>
    public string Query(int number)
    {
        var random = new Random(unchecked((seed * 7_000_003) + number));
        var topic = random.Next(Topics);
        var count = random.Next(3, 7);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => ContentWord(random, topic, 0.75)));
    }

    private string ContentWord(Random random, int topic, double topicShare) =>
        random.NextDouble() < topicShare
            ? words[topicWords[topic][Pick(topicCumulative, random)]]
            : words[Pick(globalCumulative, random)];

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
    }

    /// <summary>Cumulative weights 1 / (rank + offset), ranks from 1.</summary>
    private static double[] ZipfCumulative(int count, double offset)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1 / (rank + 1 + offset);
            cumulative[rank] = sum;
        }

        return cumulative;
    }
}
