using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>The services one run of an instance shares between its activity executions.</summary>
public sealed class RunServices(IServiceProvider services, ILogger logger, TimeProvider time, IReadOnlyDictionary<Type, object> features)
{
    public static readonly IReadOnlyDictionary<Type, object> NoFeatures = new Dictionary<Type, object>();

    public IServiceProvider Services { get; } = services;
    public ILogger Logger { get; } = logger;
    public TimeProvider Time { get; } = time;
    public IReadOnlyDictionary<Type, object> Features { get; } = features;
}
