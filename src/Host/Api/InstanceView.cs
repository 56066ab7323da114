using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Api;

/// <summary>The body of <c>GET /api/instances/{id}</c>.</summary>
internal sealed record InstanceView(
    string Id,
    string WorkflowId,
    int Version,
    string Status,
    string? CorrelationId,
    IReadOnlyDictionary<string, JsonNode?> Input,
    IReadOnlyDictionary<string, JsonNode?> Output,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<BookmarkView> Bookmarks,
    IReadOnlyList<Incident> Incidents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static InstanceView From(WorkflowInstance instance) => new(
        instance.Id,
        instance.DefinitionId,
        instance.Version,
        instance.Status.ToString(),
        instance.CorrelationId,
        instance.State.Input,
        instance.State.Output,
        instance.State.Variables,
        instance.Bookmarks.Select(BookmarkView.From).ToList(),
        instance.State.Incidents,
        instance.CreatedAt,
        instance.UpdatedAt);
}

/// <summary>A pending bookmark as the API shows it (the resume token is the resume URL's secret and is shown to its tenant).</summary>
internal sealed record BookmarkView(string Id, string ActivityId, string Kind, string? Key, DateTimeOffset? FireAt, string? ResumeUrl, DateTimeOffset CreatedAt)
{
    public static BookmarkView From(Bookmark bookmark) =>
        new(bookmark.Id, bookmark.ActivityId, bookmark.Kind, bookmark.Key, bookmark.FireAt, bookmark.Token is null ? null : $"/hooks/{bookmark.Token}", bookmark.CreatedAt);
}
