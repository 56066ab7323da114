using System.Numerics.Tensors;
using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Activities.Tests.Knowledge;

public sealed class LocalEmbedderTests
{
    [Fact]
    public void Embeddings_are_deterministic_normalised_and_closer_for_shared_words()
    {
        var plan = LocalEmbedder.Embed("Pricing of the premium plan: R$ 99 per month");
        Assert.Equal(LocalEmbedder.Dimensions, plan.Length);
        Assert.Equal(plan, LocalEmbedder.Embed("Pricing of the premium plan: R$ 99 per month"));
        Assert.Equal(1f, TensorPrimitives.Norm(plan), 3);

        var query = LocalEmbedder.Embed("how much is the premium plan per month?");
        var unrelated = LocalEmbedder.Embed("Our office dog is called Biscoito and loves the garden");
        Assert.True(TensorPrimitives.CosineSimilarity(query, plan) > TensorPrimitives.CosineSimilarity(query, unrelated) + 0.2f);
    }

    [Fact]
    public void Words_ignore_case_punctuation_and_accents()
    {
        Assert.Equal(["acao", "rapida", "e", "facil", "2026"], LocalEmbedder.Words("Ação RÁPIDA, e fácil! (2026)"));
    }
}
