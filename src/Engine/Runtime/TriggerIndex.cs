using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Flow;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// The trigger activities of every published version, built from the store and rebuilt after a publish or delete
/// here, or after a few seconds (a publish in another process), so a request or event never scans definitions.
/// </summary>
public sealed class TriggerIndex(IDefinitionStore definitions, WorkflowCache cache)
{
    private const long RefreshAfterMs = 5_000;
    private volatile IReadOnlyList<TriggerEntry>? entries;
    private long builtAt;

    public async ValueTask<IReadOnlyList<TriggerEntry>> GetAsync(CancellationToken cancellationToken)
    {
        if (entries is { } current && Environment.TickCount64 - Interlocked.Read(ref builtAt) < RefreshAfterMs)
        {
            return current;
        }

        var published = await definitions.ListPublishedAsync(cancellationToken);
        var built = new List<TriggerEntry>();
        foreach (var stored in published)
        {
            var workflow = cache.Get(stored);
            built.AddRange(workflow.Activities
                .Where(a => a.Descriptor.Kind == Sdk.ActivityKind.Trigger)
                .Select(a => new TriggerEntry(stored.TenantId, stored.Id, stored.Version, a)));
        }

        Interlocked.Exchange(ref builtAt, Environment.TickCount64);
        entries = built;
        return built;
    }

    public void Invalidate() => entries = null;
}

/// <summary>One trigger activity of a published version.</summary>
public sealed record TriggerEntry(string TenantId, string DefinitionId, int Version, CompiledActivity Activity)
{
    public string Type => Activity.Type;

    /// <summary>A literal input of the trigger (triggers' indexed inputs must be literals).</summary>
    public JsonNode? Literal(string name) => Activity.Inputs.FirstOrDefault(i => i.Key == name).Value?.Constant;

    public string? LiteralString(string name) => Literal(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
