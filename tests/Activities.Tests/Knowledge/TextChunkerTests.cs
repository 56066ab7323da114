using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Activities.Tests.Knowledge;

public sealed class TextChunkerTests
{
    [Fact]
    public void Chunks_hold_at_most_the_tokens_asked_and_overlap()
    {
        var text = string.Join(' ', Enumerable.Range(1, 600).Select(i => $"word{i}"));
        var chunks = TextChunker.Split(text, maxTokens: 100, overlap: 20);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, chunk => Assert.InRange(TextChunker.CountTokens(chunk), 1, 101));
        Assert.StartsWith("word1 ", chunks[0], StringComparison.Ordinal);
        Assert.EndsWith("word600", chunks[^1], StringComparison.Ordinal);

        // The end of one chunk comes again at the start of the next.
        var lastWords = chunks[0].Split(' ')[^3..];
        Assert.Contains(string.Join(' ', lastWords[..2]), chunks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Short_and_empty_texts()
    {
        Assert.Equal(["just one line"], TextChunker.Split("just one line"));
        Assert.Empty(TextChunker.Split("   "));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextChunker.Split("x", maxTokens: 10, overlap: 10));
    }
}
