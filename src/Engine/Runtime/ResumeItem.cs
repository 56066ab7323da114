using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// A resume accepted for an instance: its bookmark was consumed and this row was written in the same
/// transaction, so the resume survives a crash until the instance has applied it.
/// </summary>
public sealed record ResumeItem
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string InstanceId { get; init; }
    public required Bookmark Bookmark { get; init; }
    public JsonNode? Payload { get; init; }
    public bool TimedOut { get; init; }

    /// <summary>What the resume brings to the <c>trigger</c> scope (for example the HTTP request or the event).</summary>
    public JsonNode? Trigger { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
