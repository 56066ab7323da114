using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// The whole durable state of one run of a workflow version. One runner owns it at a time (lease);
/// the store persists <see cref="State"/> as one document and bookmarks as rows.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public string? CorrelationId { get; init; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public InstanceState State { get; init; } = new();

    /// <summary>Pending bookmarks (rows in the store).</summary>
    public List<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>The last journal sequence number written.</summary>
    public long JournalSeq { get; set; }
}

/// <summary>The part of an instance stored as one JSON document.</summary>
public sealed class InstanceState
{
    public Dictionary<string, JsonNode?> Input { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Variables { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Output { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonObject?> ActivityOutputs { get; init; } = new(StringComparer.Ordinal);
    public JsonNode? Trigger { get; set; }

    /// <summary>Scheduled activities that have not run yet (or were in flight when the state was saved).</summary>
    public List<WorkItem> Queue { get; init; } = [];

    /// <summary>Executions started per activity: the source of stable execution ids.</summary>
    public Dictionary<string, int> Executions { get; init; } = new(StringComparer.Ordinal);

    /// <summary><c>Join</c> activities waiting for branches: the inbound connections that have arrived.</summary>
    public Dictionary<string, List<string>> Joins { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Running <c>ForEach</c> loops.</summary>
    public Dictionary<string, LoopState> Loops { get; init; } = new(StringComparer.Ordinal);

    public List<Incident> Incidents { get; init; } = [];

    /// <summary>Activities executed, bounded by the definition's <c>maxSteps</c>.</summary>
    public int Steps { get; set; }

    /// <summary>Set for a child started by <c>RunWorkflow</c>: whom to tell when it ends.</summary>
    public ParentLink? Parent { get; set; }

    /// <summary>The HTTP response written by <c>WriteHttpResponse</c>, if any (kept so a replay after a crash does not lose it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? HttpResponse { get; set; }
}

/// <summary>A <c>ForEach</c> in progress: its items and the index being iterated.</summary>
public sealed record LoopState(JsonArray Items, int Index, int Execution);
