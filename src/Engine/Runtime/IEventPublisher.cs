using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Publishes a named event: resumes instances waiting on it (and its correlation id) and starts workflows it triggers.</summary>
public interface IEventPublisher
{
    Task<EventResult> PublishAsync(string tenantId, string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken);
}

/// <summary>The answer of <c>POST /api/events/{name}</c>.</summary>
public sealed record EventResult(int Resumed, int Started);
