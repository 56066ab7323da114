using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host;

/// <summary>
/// OpenTelemetry traces (a span per activity execution under the HTTP request or bus message that caused it) and
/// metrics (instances started, finished and faulted, activity durations, resume lag), exported by OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without an endpoint nothing is collected, so nothing is paid.
/// </summary>
internal static class Telemetry
{
    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "workflow-platform"))
            .WithTracing(tracing => tracing
                .AddSource(EngineTelemetry.Name, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(EngineTelemetry.Name, "MassTransit")
                .AddAspNetCoreInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}
