using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Compiled workflows per (tenant, id, version). Versions never change once saved, so entries never go stale;
/// the cache is bounded so thousands of versions cannot grow memory without limit.
/// </summary>
public sealed class WorkflowCache(WorkflowCompiler compiler)
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<(string Tenant, string Id, int Version), CompiledWorkflow> compiled = new();

    /// <summary>The compiled version when it is cached, which spares the store a read.</summary>
    public bool TryGet(string tenantId, string id, int version, [NotNullWhen(true)] out CompiledWorkflow? workflow) =>
        compiled.TryGetValue((tenantId, id, version), out workflow);

    public CompiledWorkflow Get(StoredDefinition stored)
    {
        var key = (stored.TenantId, stored.Id, stored.Version);
        if (compiled.TryGetValue(key, out var workflow))
        {
            return workflow;
        }

        var errors = new List<ValidationError>();
        workflow = compiler.Compile(stored.Definition, errors)
                   ?? throw new WorkflowRunException($"Workflow '{stored.Id}' version {stored.Version} is not valid: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}");
        if (compiled.Count >= Capacity)
        {
            compiled.Clear();
        }

        return compiled.GetOrAdd(key, workflow);
    }
}
