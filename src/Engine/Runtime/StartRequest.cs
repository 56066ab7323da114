using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Starts an instance of a definition (its published version unless <see cref="Version"/> is given).</summary>
public sealed record StartRequest
{
    public required string TenantId { get; init; }
    public required string DefinitionId { get; init; }
    public int? Version { get; init; }
    public JsonObject? Input { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>The <c>trigger</c> scope: for HTTP <c>{ method, path, query, headers, body, routeValues }</c>.</summary>
    public JsonNode? Trigger { get; init; }

    /// <summary>The trigger activity that fired; the run starts there. Null: the definition's default start.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>Per-run capabilities (such as the HTTP response of an inline run).</summary>
    public IReadOnlyDictionary<Type, object>? Features { get; init; }

    /// <summary>Set for a child started by <c>RunWorkflow</c>: the parent's bookmark to resume when the child ends.</summary>
    public ParentLink? Parent { get; init; }

    /// <summary>The instance id to use (a child started for a bookmark uses the bookmark's id, so a repeated start is detected).</summary>
    public string? InstanceId { get; init; }
}

/// <summary>The parent instance and bookmark a child reports its end to.</summary>
public sealed record ParentLink(string TenantId, string InstanceId, string BookmarkId);
