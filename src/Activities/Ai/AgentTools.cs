using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// The tools an agent enables by name: <c>knowledgeSearch</c> (hybrid search of the agent's knowledge space),
/// <c>leadLookup</c> (a lead of the CRM by e-mail, phone or id) and <c>workflow:&lt;definitionId&gt;</c> (a published
/// workflow marked as a tool, run as a sub-workflow).
/// </summary>
internal sealed class AgentTools(IDefinitionStore definitions, IWorkflowStarter starter, IKnowledgeSearch? knowledge, ICrm? crm)
{
    public const string KnowledgeSearch = "knowledgeSearch";
    public const string LeadLookup = "leadLookup";
    public const string WorkflowPrefix = "workflow:";

    /// <summary>What is wrong with a tool name, or null when it names a tool the agent can have.</summary>
    public static string? Problem(string? name) => name switch
    {
        KnowledgeSearch => null,
        LeadLookup => null,
        not null when name.StartsWith(WorkflowPrefix, StringComparison.Ordinal) && WorkflowCompiler.IsSlug(name[WorkflowPrefix.Length..]) => null,
        _ => $"Unknown tool '{name}': use {KnowledgeSearch}, {LeadLookup} or {WorkflowPrefix}<definitionId> (a published workflow marked as a tool).",
    };

    /// <summary>The functions for the enabled tools, or the problem that keeps the agent from starting.</summary>
    public async Task<(IList<AITool> Tools, string? Problem)> CreateAsync(IReadOnlyList<string> names, string? space, ActivityContext context, CancellationToken cancellationToken)
    {
        var tools = new List<AITool>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var (tool, problem) = Problem(name) is { } unknown ? (null, unknown)
                : name == KnowledgeSearch ? KnowledgeSearchTool(space, context.Workflow.TenantId)
                : name == LeadLookup ? LeadLookupTool(context.Workflow.TenantId)
                : await WorkflowToolAsync(name[WorkflowPrefix.Length..], context, cancellationToken);
            if (problem is not null)
            {
                return ([], problem);
            }

            if (tools.Any(t => t.Name == tool!.Name))
            {
                return ([], $"Two tools are named '{tool!.Name}' for the model; give one workflow another tool.name.");
            }

            tools.Add(tool!);
        }

        return (tools, null);
    }

    private (AITool? Tool, string? Problem) KnowledgeSearchTool(string? space, string tenantId)
    {
        if (string.IsNullOrWhiteSpace(space))
        {
            return (null, "The knowledgeSearch tool needs the 'space' input: the knowledge space it searches.");
        }

        if (knowledge is null)
        {
            return (null, "The knowledgeSearch tool needs the knowledge base, which this host does not provide.");
        }

        var search = new KnowledgeSearchFunction(knowledge, tenantId, space);
        return (AIFunctionFactory.Create(search.SearchAsync, KnowledgeSearch,
            "Searches the knowledge base (hybrid: meaning and keywords) and returns the best chunks with their docId and source, so the answer can cite them."), null);
    }

    private (AITool? Tool, string? Problem) LeadLookupTool(string tenantId)
    {
        if (crm is null)
        {
            return (null, "The leadLookup tool needs the CRM, which this host does not provide.");
        }

        var lookup = new LeadLookupFunction(crm, tenantId);
        return (AIFunctionFactory.Create(lookup.FindAsync, LeadLookup,
            "Finds a lead of the CRM by e-mail, phone or id: name, contact, source, score, stage and notes."), null);
    }

    private async Task<(AITool? Tool, string? Problem)> WorkflowToolAsync(string id, ActivityContext context, CancellationToken cancellationToken)
    {
        var name = WorkflowPrefix + id;
        var stored = await definitions.GetPublishedAsync(context.Workflow.TenantId, id, cancellationToken);
        if (stored is null)
        {
            return (null, $"Tool '{name}': workflow '{id}' has no published version.");
        }

        return stored.Definition.Tool is null
            ? (null, $"Tool '{name}': workflow '{id}' is not marked as a tool; add \"tool\": {{ \"description\": \"...\" }} to its definition and publish it.")
            : (new WorkflowToolFunction(stored, starter, context.Workflow), null);
    }

    private sealed class KnowledgeSearchFunction(IKnowledgeSearch knowledge, string tenantId, string space)
    {
        public async Task<JsonObject> SearchAsync(
            [Description("What to look for, in the words the documents would use.")] string query,
            [Description("How many chunks to return, 1 to 20.")] int k = 6,
            CancellationToken cancellationToken = default)
        {
            var hits = await knowledge.SearchAsync(tenantId, space, query, Math.Clamp(k, 1, 20), 0, "hybrid", cancellationToken)
                       ?? throw new AgentSetupException($"Knowledge space '{space}' does not exist; create it with POST /api/rag/spaces.");
            var chunks = new JsonArray();
            foreach (var hit in hits)
            {
                chunks.Add(new JsonObject { ["docId"] = hit.DocId, ["source"] = hit.Source, ["chunk"] = hit.Chunk, ["score"] = hit.Score });
            }

            return new JsonObject { ["chunks"] = chunks };
        }
    }
}

internal sealed class LeadLookupFunction(ICrm crm, string tenantId)
{
    public async Task<JsonObject> FindAsync(
        [Description("The lead's e-mail address, if known.")] string? email = null,
        [Description("The lead's phone number, in any format, if known.")] string? phone = null,
        [Description("The lead's id, if known.")] string? leadId = null,
        CancellationToken cancellationToken = default)
    {
        var lead = leadId is { Length: > 0 }
            ? await crm.GetLeadAsync(tenantId, leadId, cancellationToken)
            : await crm.FindLeadAsync(tenantId, email, phone, cancellationToken);
        return lead is null
            ? new JsonObject { ["found"] = false }
            : new JsonObject { ["found"] = true, ["lead"] = System.Text.Json.JsonSerializer.SerializeToNode(lead, Engine.Model.DefinitionJson.Options) };
    }
}

/// <summary>A tool cannot work as configured (such as a knowledge space that does not exist): the agent fails rather than tell the model.</summary>
internal sealed class AgentSetupException(string message) : Exception(message);
