using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

public static class AiActivities
{
    /// <summary>The AI activities. The host provides <see cref="ILlmConnections"/> and <see cref="ILlmCallLog"/> over its store.</summary>
    public static IWorkflowBuilder AddAiActivities(this IWorkflowBuilder builder)
    {
        builder.Services.TryAddSingleton<LlmChat>();
        return builder
            .AddActivity<ChatCompletion>()
            .AddActivity<Agent>()
            .AddActivity<Classify>()
            .AddActivity<ExtractData>()
            .AddActivity<Knowledge.RagSearch>()
            .AddActivity<Knowledge.RagIngest>();
    }
}
