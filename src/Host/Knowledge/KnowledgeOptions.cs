namespace WorkflowPlatform.Host.Knowledge;

/// <summary>The <c>Knowledge</c> settings.</summary>
internal sealed class KnowledgeOptions
{
    /// <summary>The largest file an upload or a fetched URL may be.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
