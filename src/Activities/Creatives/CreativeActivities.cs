using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Creatives;

public static class CreativeActivities
{
    /// <summary>The ad creatives' activities. The host provides <see cref="ICreatives"/> over its store (and <c>ICrm</c> for the deals).</summary>
    public static IWorkflowBuilder AddCreativeActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<SaveCreative>()
        .AddActivity<MarkCreativeWinner>();
}
