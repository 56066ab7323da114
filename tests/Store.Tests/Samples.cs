using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Store.Tests;

internal static class Samples
{
    public static WorkflowInstance Instance(string id, DateTimeOffset at, string tenant = "default", string workflow = "orders", WorkflowStatus status = WorkflowStatus.Suspended, string? correlationId = null) => new()
    {
        Id = id,
        TenantId = tenant,
        DefinitionId = workflow,
        Version = 1,
        CorrelationId = correlationId,
        Status = status,
        CreatedAt = at,
        UpdatedAt = at,
    };

    public static Bookmark Bookmark(WorkflowInstance instance, string id, string kind = "Event", string? key = "paid:42", DateTimeOffset? fireAt = null, string? token = null) => new()
    {
        Id = id,
        TenantId = instance.TenantId,
        InstanceId = instance.Id,
        ActivityId = "wait",
        Execution = 1,
        Kind = kind,
        Key = key,
        Token = token,
        FireAt = fireAt,
        Data = new JsonObject { ["note"] = "kept" },
        CreatedAt = instance.CreatedAt,
    };

    public static JournalEntry Entry(long seq, JournalEvent journalEvent, DateTimeOffset at) => new()
    {
        Seq = seq,
        ActivityId = "wait",
        Type = "WaitForEvent",
        Event = journalEvent,
        At = at,
        Inputs = new JsonObject { ["name"] = "paid" },
    };
}
