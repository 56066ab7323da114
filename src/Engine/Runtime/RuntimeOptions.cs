namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Runtime settings (configuration section <c>Runtime</c>).</summary>
public sealed record RuntimeOptions
{
    /// <summary>Identifies this worker in instance leases.</summary>
    public string WorkerId { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>How long a lease lasts without renewal; a worker that dies loses its instances after this.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);
}
