using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// The engine's traces and metrics, under one name for both (<see cref="Name"/>). Without a listener they cost
/// next to nothing; the host exports them with OpenTelemetry.
/// </summary>
public static class EngineTelemetry
{
    public const string Name = "WorkflowPlatform.Engine";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> InstancesStarted = Meter.CreateCounter<long>("workflow.instances.started", description: "Instances created.");
    public static readonly Counter<long> InstancesFinished = Meter.CreateCounter<long>("workflow.instances.finished", description: "Instances that finished.");
    public static readonly Counter<long> InstancesFaulted = Meter.CreateCounter<long>("workflow.instances.faulted", description: "Instances that faulted.");

    public static readonly Histogram<double> ActivityDuration =
        Meter.CreateHistogram<double>("workflow.activity.duration", unit: "ms", description: "How long one activity execution took.");

    public static readonly Histogram<double> ResumeLag =
        Meter.CreateHistogram<double>("workflow.resume.lag", unit: "ms", description: "From a resume being accepted to the instance applying it (queue lag).");
}
