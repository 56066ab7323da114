using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Converts an Elsa 3 workflow-definition export (root <c>Elsa.Flowchart</c>) to our definition document, reporting
/// what changed and what has no counterpart. It lives in the host, not the engine, because it maps to the activity
/// types of <c>src/Activities</c> (HttpEndpoint, Cron, RunWorkflow, ...), which the engine does not know.
/// </summary>
internal sealed class ElsaConverter(ActivityRegistry registry)
{
    /// <summary>An Elsa export has a root activity and a definition id; our documents have neither.</summary>
    public static bool IsElsaExport(JsonObject document) => document.ContainsKey("root") || document.ContainsKey("definitionId");

    /// <exception cref="ElsaFormatException">The document is not a well-formed Elsa 3 export.</exception>
    public ElsaImportResult Convert(JsonObject document)
    {
        if (document["root"] is not JsonObject root)
        {
            throw new ElsaFormatException("root", "An Elsa 3 export needs a root activity (an Elsa.Flowchart object).");
        }

        var rootType = ElsaJson.RequiredText(root, "type", "root");
        if (rootType != "Elsa.Flowchart")
        {
            throw new ElsaFormatException("root.type", $"The root is '{rootType}'; only Elsa.Flowchart roots can be imported.");
        }

        var report = new ImportReport();
        var variables = new ElsaVariables(report);
        var declared = variables.Read(document, "").Concat(variables.Read(root, "root")).ToList();
        var scripts = new ElsaScripts([.. declared.Select(v => v.Name)], report);
        var mapper = new ElsaActivityMapper(new ElsaExpressions(scripts, variables.NamesById, report), scripts, variables.NamesById, report);
        var graph = new ElsaGraph();
        var walker = new ElsaFlowchartWalker(mapper, new ElsaActivityBuilder(registry, graph, new ElsaIds(), report), registry, graph, report);

        foreach (var start in walker.Flowchart(root, "root", null, startsWorkflows: true).Entries)
        {
            graph.MarkEntry(start);
        }

        var folded = graph.Fold();
        foreach (var (activity, elsaPath) in folded.Orphans)
        {
            report.Warn(elsaPath, $"Nothing leads to '{activity.Id}' any more (what led to it was not imported), so it would run when the workflow starts; connect it or remove it.");
        }

        var definition = new WorkflowDefinition
        {
            Id = DefinitionId(document, report),
            Name = ElsaJson.Text(document["name"]),
            Description = ElsaJson.Text(document["description"]),
            Inputs = variables.Parameters(document, "inputs"),
            Outputs = variables.Parameters(document, "outputs"),
            Variables = declared,
            Activities = folded.Activities,
            Connections = folded.Connections,
        };
        ReportDocumentDifferences(document, report);
        return new ElsaImportResult(definition, report.Warnings, report.Unmapped);
    }

    /// <summary>Elsa's definition id is stable across versions, as ours is; a RunWorkflow importing a child refers to it.</summary>
    private static string DefinitionId(JsonObject document, ImportReport report)
    {
        var (given, path) = ElsaJson.Text(document["definitionId"]) is { Length: > 0 } definitionId ? (definitionId, "definitionId")
            : ElsaJson.Text(document["id"]) is { Length: > 0 } id ? (id, "id")
            : (ElsaJson.Text(document["name"]), "name");
        var slug = ElsaIds.Slug(given) ?? "elsa-workflow";
        if (slug != given)
        {
            report.Warn(path, $"The workflow id is '{slug}' (from '{given}'): our ids are lower-case slugs.");
        }

        return slug;
    }

    private static void ReportDocumentDifferences(JsonObject document, ImportReport report)
    {
        if (ElsaJson.Number(document["version"]) is { } version)
        {
            report.Warn("version", $"Elsa's version {version} is not kept: the server numbers versions itself, each save becoming the next draft.");
        }

        if (document["outcomes"] is JsonArray { Count: > 0 } outcomes)
        {
            report.Warn("outcomes", $"Our workflows have no outcomes, so {string.Join(", ", outcomes.Select(o => $"'{ElsaJson.Text(o)}'"))} are not imported; a parent's RunWorkflow continues through Done when this workflow finishes.");
        }
    }
}
