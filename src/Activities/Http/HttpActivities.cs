using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Http;

public static class HttpActivities
{
    /// <summary>
    /// The HTTP activities and the client <c>SendHttpRequest</c> uses: a per-attempt time-out and a circuit
    /// breaker from Microsoft.Extensions.Http.Resilience, and no retry (the engine's retries are durable).
    /// </summary>
    public static IWorkflowBuilder AddHttpActivities(this IWorkflowBuilder builder)
    {
        builder.Services.AddOptions<HttpClientOptions>();
        builder.Services.AddHttpClient(SendHttpRequest.ClientName)
            .AddResilienceHandler("workflow-http", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<HttpClientOptions>>().Value;
                pipeline
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { BreakDuration = options.BreakDuration, MinimumThroughput = 20 })
                    .AddTimeout(options.AttemptTimeout);
            })
            .SelectPipelineByAuthority(); // one failing API must not open the circuit for every other one
        return builder
            .AddActivity<HttpEndpoint>()
            .AddActivity<WriteHttpResponse>()
            .AddActivity<SendHttpRequest>();
    }
}
