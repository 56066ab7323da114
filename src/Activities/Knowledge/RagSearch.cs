using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>Searches a knowledge space and outputs the best chunks with their document and source.</summary>
[Activity("RagSearch", Category = "AI", DisplayName = "Knowledge search", Description = "Finds the chunks of a knowledge space that answer a query (vector, keyword or hybrid).", Icon = "search")]
public sealed class RagSearch : Activity<RagSearch.Input, RagSearch.Output>
{
    public sealed record Input(
        string Space,
        string Query,
        int K = 6,
        double MinScore = 0,
        [Input(Options = ["vector", "keyword", "hybrid"])] string Mode = "hybrid");

    public sealed record Output(IReadOnlyList<KnowledgeHit> Chunks);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (input.Mode is not ("vector" or "keyword" or "hybrid") || input.K is < 1 or > 100)
        {
            return ActivityResult.Fail("RagSearch needs mode vector, keyword or hybrid, and k between 1 and 100.");
        }

        var hits = await context.Services.GetRequiredService<IKnowledgeSearch>()
            .SearchAsync(context.Workflow.TenantId, input.Space, input.Query, input.K, input.MinScore, input.Mode, cancellationToken);
        return hits is null
            ? ActivityResult.Fail($"Knowledge space '{input.Space}' does not exist; create it with POST /api/rag/spaces.")
            : Complete(Port.Done, new Output(hits));
    }
}
