using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>Converts engine records to rows and back; JSON columns use the engine's own options.</summary>
internal static class RowMapping
{
    private static JsonSerializerOptions Json => DefinitionJson.Options;

    public static string? ToJson(JsonNode? node) => node?.ToJsonString(Json);

    public static JsonNode? ParseNode(string? json) => json is null ? null : JsonNode.Parse(json);

    public static InstanceRow ToRow(WorkflowInstance instance) => new()
    {
        Id = instance.Id,
        TenantId = instance.TenantId,
        DefinitionId = instance.DefinitionId,
        Version = instance.Version,
        CorrelationId = instance.CorrelationId,
        Status = instance.Status.ToString(),
        CreatedAt = instance.CreatedAt.ToUniversalTime(),
        UpdatedAt = instance.UpdatedAt.ToUniversalTime(),
        State = JsonSerializer.Serialize(instance.State, Json),
        JournalSeq = instance.JournalSeq,
    };

    public static WorkflowInstance ToInstance(InstanceRow row, List<Bookmark> bookmarks) => new()
    {
        Id = row.Id,
        TenantId = row.TenantId,
        DefinitionId = row.DefinitionId,
        Version = row.Version,
        CorrelationId = row.CorrelationId,
        Status = Enum.Parse<WorkflowStatus>(row.Status),
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        State = JsonSerializer.Deserialize<InstanceState>(row.State, Json) ?? new InstanceState(),
        Bookmarks = bookmarks,
        JournalSeq = row.JournalSeq,
    };

    public static InstanceSummary ToSummary(InstanceRow row) => new(
        row.Id, row.DefinitionId, row.Version, Enum.Parse<WorkflowStatus>(row.Status), row.CorrelationId, row.CreatedAt, row.UpdatedAt);

    public static BookmarkRow ToRow(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        TenantId = bookmark.TenantId,
        InstanceId = bookmark.InstanceId,
        ActivityId = bookmark.ActivityId,
        Execution = bookmark.Execution,
        Attempt = bookmark.Attempt,
        Kind = bookmark.Kind,
        Key = bookmark.Key,
        Token = bookmark.Token,
        FireAt = bookmark.FireAt?.ToUniversalTime(),
        FireIsTimeout = bookmark.FireIsTimeout,
        Data = ToJson(bookmark.Data),
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
    };

    public static Bookmark ToBookmark(BookmarkRow row) => new()
    {
        Id = row.Id,
        TenantId = row.TenantId,
        InstanceId = row.InstanceId,
        ActivityId = row.ActivityId,
        Execution = row.Execution,
        Attempt = row.Attempt,
        Kind = row.Kind,
        Key = row.Key,
        Token = row.Token,
        FireAt = row.FireAt,
        FireIsTimeout = row.FireIsTimeout,
        Data = ParseNode(row.Data),
        CreatedAt = row.CreatedAt,
    };

    public static ResumeRow ToRow(ResumeItem resume) => new()
    {
        Id = resume.Id,
        TenantId = resume.TenantId,
        InstanceId = resume.InstanceId,
        Bookmark = JsonSerializer.Serialize(resume.Bookmark, Json),
        Payload = ToJson(resume.Payload),
        TimedOut = resume.TimedOut,
        Trigger = ToJson(resume.Trigger),
        CreatedAt = resume.CreatedAt.ToUniversalTime(),
    };

    public static ResumeItem ToResume(ResumeRow row) => new()
    {
        Id = row.Id,
        TenantId = row.TenantId,
        InstanceId = row.InstanceId,
        Bookmark = JsonSerializer.Deserialize<Bookmark>(row.Bookmark, Json)!,
        Payload = ParseNode(row.Payload),
        TimedOut = row.TimedOut,
        Trigger = ParseNode(row.Trigger),
        CreatedAt = row.CreatedAt,
    };

    public static JournalRow ToRow(string tenantId, string instanceId, JournalEntry entry) => new()
    {
        TenantId = tenantId,
        InstanceId = instanceId,
        Seq = entry.Seq,
        ActivityId = entry.ActivityId,
        Type = entry.Type,
        Event = entry.Event.ToString(),
        Attempt = entry.Attempt,
        Execution = entry.Execution,
        Outcome = entry.Outcome,
        At = entry.At.ToUniversalTime(),
        DurationMs = entry.DurationMs,
        Inputs = ToJson(entry.Inputs),
        Outputs = ToJson(entry.Outputs),
        Error = entry.Error,
    };

    public static JournalEntry ToEntry(JournalRow row) => new()
    {
        Seq = row.Seq,
        ActivityId = row.ActivityId,
        Type = row.Type,
        Event = Enum.Parse<JournalEvent>(row.Event),
        Attempt = row.Attempt,
        Execution = row.Execution,
        Outcome = row.Outcome,
        At = row.At,
        DurationMs = row.DurationMs,
        Inputs = ParseNode(row.Inputs) as JsonObject,
        Outputs = ParseNode(row.Outputs) as JsonObject,
        Error = row.Error,
    };

    public static DefinitionRow ToRow(string tenantId, WorkflowDefinition definition, string contentHash, string? createdBy, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Id = definition.Id,
        Version = definition.Version,
        Name = definition.Name,
        Tags = JsonSerializer.Serialize(definition.Tags, Json),
        Document = DefinitionJson.Serialize(definition),
        ContentHash = contentHash,
        CreatedAt = now.ToUniversalTime(),
        CreatedBy = createdBy,
    };

    public static StoredDefinition ToStored(DefinitionRow row) => new()
    {
        TenantId = row.TenantId,
        Definition = DefinitionJson.Deserialize(row.Document) with { Version = row.Version },
        IsPublished = row.IsPublished,
        CreatedAt = row.CreatedAt,
        CreatedBy = row.CreatedBy,
        ContentHash = row.ContentHash,
    };

    public static IReadOnlyList<string> ParseTags(string tags) => JsonSerializer.Deserialize<string[]>(tags, Json) ?? [];
}
