using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Turns what an activity waits for into a bookmark row.</summary>
internal static class Bookmarks
{
    public static Bookmark Create(WorkflowExecution execution, CompiledActivity activity, WorkItem item, BookmarkRequest request) => new()
    {
        Id = NewId(),
        TenantId = execution.Instance.TenantId,
        InstanceId = execution.Instance.Id,
        ActivityId = activity.Id,
        Execution = item.Execution,
        Attempt = item.Attempt,
        Kind = request.Kind,
        Key = request.Key,
        Token = request.IssueResumeToken ? NewToken() : null,
        FireAt = request.DueAt ?? request.TimeoutAt,
        FireIsTimeout = request.DueAt is null && request.TimeoutAt is not null,
        Data = request.Data,
        CreatedAt = execution.Now,
    };

    /// <summary>The durable wait before the next attempt of a failed activity.</summary>
    public static Bookmark CreateRetry(WorkflowExecution execution, CompiledActivity activity, WorkItem item, DateTimeOffset fireAt, string error) => new()
    {
        Id = NewId(),
        TenantId = execution.Instance.TenantId,
        InstanceId = execution.Instance.Id,
        ActivityId = activity.Id,
        Execution = item.Execution,
        Attempt = item.Attempt + 1,
        Kind = BookmarkKinds.Retry,
        FireAt = fireAt,
        Data = new JsonObject { ["error"] = error },
        CreatedAt = execution.Now,
    };

    public static string NewId() => Guid.CreateVersion7().ToString("N");

    /// <summary>256 random bits, URL-safe: resume URLs handed to outside systems must not be guessable.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
