using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using WorkflowPlatform.Activities.Ads;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Host.Ads;

/// <summary>The ads family: the activities and, under <see cref="IAdAccounts"/>, Meta's Marketing API over the tenant's <c>ads</c> connections.</summary>
internal static class AdsServices
{
    public static IWorkflowBuilder AddAdsActivities(this IWorkflowBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AdsConnections>();

        // A per-attempt time-out and a circuit breaker per host, and no retries here: the engine's retries are durable,
        // and a budget change is re-sent only by a re-run, which reads the budget first.
        services.AddHttpClient<MetaAdsClient>()
            .AddResilienceHandler("meta-ads", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<HttpClientOptions>>().Value;
                pipeline
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { BreakDuration = options.BreakDuration, MinimumThroughput = 20 })
                    .AddTimeout(options.AttemptTimeout);
            })
            .SelectPipelineByAuthority();
        services.AddTransient<IAdAccounts, MetaAdAccounts>(); // transient: the typed client it holds is

        return builder
            .AddActivity<GetAdInsights>()
            .AddActivity<ComputeAdKpis>()
            .AddActivity<UpdateAdBudget>();
    }
}
