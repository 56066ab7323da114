using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>A suspended activity waiting for a stimulus; a row in the store, consumed atomically on resume.</summary>
public sealed record Bookmark
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required int Execution { get; init; }
    public int Attempt { get; init; } = 1;

    /// <summary>See <see cref="Sdk.BookmarkKinds"/>.</summary>
    public required string Kind { get; init; }
    public string? Key { get; init; }

    /// <summary>Unguessable token for <c>POST /hooks/{token}</c>, when the activity asked for one.</summary>
    public string? Token { get; init; }

    /// <summary>When the bookmark fires by itself (a timer, a retry back-off or a time-out).</summary>
    public DateTimeOffset? FireAt { get; init; }

    /// <summary>True when firing at <see cref="FireAt"/> is a time-out rather than the awaited event.</summary>
    public bool FireIsTimeout { get; init; }

    public JsonNode? Data { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
