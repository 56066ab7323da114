namespace WorkflowPlatform.Activities.Http;

/// <summary>Limits of <c>SendHttpRequest</c> calls (<c>Http:*</c> in configuration).</summary>
public sealed class HttpClientOptions
{
    /// <summary>One attempt's limit; an activity's own <c>timeout</c> can be shorter.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long calls are refused once a host fails too often.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
