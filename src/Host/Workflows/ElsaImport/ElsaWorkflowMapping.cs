using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>Events and child workflows: Event, PublishEvent, ExecuteWorkflow, DispatchWorkflow and workflows used as activities.</summary>
internal sealed class ElsaWorkflowMapping(ElsaExpressions expressions, ImportReport report)
{
    /// <summary>The properties every Elsa activity carries; on a workflow used as an activity, the others are the child's inputs.</summary>
    private static readonly HashSet<string> ActivityProperties = new(StringComparer.Ordinal)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source", "line",
        "workflowDefinitionId", "workflowDefinitionVersionId", "latestAvailablePublishedVersion", "latestAvailablePublishedVersionId", "applicationProperties",
    };

    /// <summary>Elsa's Event starts the workflow when it is a trigger; reached mid-flow it waits for the event.</summary>
    public ElsaMapping Event(ElsaNode node)
    {
        if (node.StartsWorkflow)
        {
            var name = expressions.LiteralText(node, "eventName", out var isExpression);
            return name is null
                ? new NotMapped(isExpression ? "As a trigger its event name must be a literal." : "It has no event name.")
                : new MapsTo("Event", new JsonObject { ["name"] = name }, ElsaMapping.SamePorts("Done"));
        }

        var eventName = expressions.Read(node, "eventName");
        if (eventName is null)
        {
            return new NotMapped("It has no event name.");
        }

        report.Warn(node.Path, "Reached mid-flow, Elsa's Event waits for the event by name; our WaitForEvent waits for the name with the instance's correlation id (POST /api/events/{name} with that correlationId resumes it).");
        return new MapsTo("WaitForEvent", new JsonObject { ["name"] = eventName }, ElsaMapping.SamePorts("Done"));
    }

    public ElsaMapping PublishEvent(ElsaNode node)
    {
        var name = expressions.Read(node, "eventName");
        if (name is null)
        {
            return new NotMapped("It has no event name.");
        }

        if (expressions.Read(node, "isLocal") is JsonValue local && local.GetValueKind() == JsonValueKind.True)
        {
            report.Warn($"{node.Path}.isLocal", "Elsa delivered this event to its own instance only; ours publishes it to the tenant (instances waiting with the same correlation id, and Event triggers).");
        }

        var inputs = ElsaActivityMapper.Inputs(("name", name), ("correlationId", expressions.Read(node, "correlationId")), ("payload", expressions.Read(node, "payload")));
        return new MapsTo("PublishEvent", inputs, ElsaMapping.SamePorts("Done"));
    }

    public ElsaMapping Execute(ElsaNode node, bool wait)
    {
        var workflowId = WorkflowId(node, expressions.Read(node, "workflowDefinitionId"));
        if (workflowId is null)
        {
            return new NotMapped("It names no workflow (workflowDefinitionId).");
        }

        if (!wait && expressions.Read(node, "waitForCompletion") is JsonValue waits && waits.GetValueKind() == JsonValueKind.True)
        {
            wait = true;
        }

        if (expressions.Read(node, "correlationId") is not null)
        {
            report.Warn($"{node.Path}.correlationId", "The child's correlation id is not imported: RunWorkflow gives the child this instance's correlation id.");
        }

        var inputs = ElsaActivityMapper.Inputs(("workflowId", workflowId), ("input", expressions.Read(node, "input")), ("wait", wait));
        return new MapsTo("RunWorkflow", inputs, ElsaMapping.SamePorts("Done"));
    }

    /// <summary>
    /// A published Elsa workflow dropped on the canvas as an activity: its type is the workflow's name and its inputs are
    /// properties of the node. Ours runs it with RunWorkflow and waits; the child's custom outcomes have no counterpart.
    /// </summary>
    public ElsaMapping WorkflowAsActivity(ElsaNode node)
    {
        var workflowId = WorkflowId(node, node.Json["workflowDefinitionId"]);
        if (workflowId is null)
        {
            return new NotMapped("Its workflowDefinitionId is not a usable id.");
        }

        var input = new JsonObject();
        foreach (var (name, _) in node.Json.Where(p => !ActivityProperties.Contains(p.Key)).ToList())
        {
            if (expressions.Read(node, name) is { } value)
            {
                input[name] = value;
            }
        }

        var inputs = ElsaActivityMapper.Inputs(("workflowId", workflowId), ("input", input.Count > 0 ? input : null), ("wait", true));
        return new MapsTo("RunWorkflow", inputs, outcome => outcome == "Done" ? new PortMapping("Done") : null)
        {
            UnmappedOutcomes = "Elsa continued through the outcome the child set with its Complete activity; our workflows have no outcomes, and RunWorkflow continues through Done when the child finishes (Failed when it does not).",
        };
    }

    private JsonNode? WorkflowId(ElsaNode node, JsonNode? given)
    {
        if (ElsaExpressions.IsExpression(given))
        {
            return given;
        }

        var text = ElsaJson.Text(given);
        var slug = ElsaIds.Slug(text);
        if (slug is not null && slug != text)
        {
            report.Warn($"{node.Path}.workflowDefinitionId", $"Workflow id '{text}' becomes '{slug}' (our ids are lower-case slugs); import that workflow too, it gets the same id.");
        }

        return slug;
    }
}
