using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Maps one Elsa activity to one of ours by type, with its inputs and outcome ports. Containers (nested flowcharts,
/// Fork, Parallel, Sequence) and embedded activities are expanded by <see cref="ElsaConverter"/>, not here.
/// </summary>
internal sealed class ElsaActivityMapper(ElsaExpressions expressions, ElsaScripts scripts, IReadOnlyDictionary<string, string> variableNamesById, ImportReport report)
{
    private readonly ElsaHttpMapping http = new(expressions, report);
    private readonly ElsaScheduleMapping schedule = new(expressions, report);
    private readonly ElsaWorkflowMapping workflows = new(expressions, report);

    public ElsaMapping Map(ElsaNode node) => node.Type switch
    {
        "Elsa.Start" or "Elsa.FlowFork" => new FoldsAway(),
        "Elsa.WriteLine" => new MapsTo("Log", new JsonObject { ["message"] = expressions.Read(node, "text") ?? "", ["level"] = "information" }, ElsaMapping.SamePorts("Done")),
        "Elsa.SetVariable" => SetVariable(node),
        "Elsa.SetOutput" => SetOutput(node),
        "Elsa.RunJavaScript" => RunJavaScript(node),
        "Elsa.FlowDecision" => new MapsTo("If", Inputs(("condition", expressions.Read(node, "condition"))), ElsaMapping.SamePorts("True", "False")),
        "Elsa.If" => new MapsTo("If", Inputs(("condition", expressions.Read(node, "condition"))), ElsaMapping.SamePorts("True", "False")),
        "Elsa.FlowSwitch" => Switch(node),
        "Elsa.FlowJoin" or "Elsa.Join" => Join(node),
        "Elsa.ForEach" => new MapsTo("ForEach", Inputs(("items", expressions.Read(node, "items"))), outcome => outcome switch
        {
            "Done" => new PortMapping("Done"),
            "Body" or "Iterate" => new PortMapping("Iterate"),
            _ => null,
        }),
        "Elsa.Fault" => Fault(node),
        "Elsa.HttpEndpoint" => http.Endpoint(node),
        "Elsa.WriteHttpResponse" => http.Response(node),
        "Elsa.SendHttpRequest" or "Elsa.FlowSendHttpRequest" => http.Request(node),
        "Elsa.Delay" => schedule.Delay(node),
        "Elsa.Timer" => schedule.Timer(node),
        "Elsa.Cron" => schedule.Cron(node),
        "Elsa.StartAt" => schedule.StartAt(node),
        "Elsa.Event" => workflows.Event(node),
        "Elsa.PublishEvent" => workflows.PublishEvent(node),
        "Elsa.ExecuteWorkflow" => workflows.Execute(node, wait: true),
        "Elsa.DispatchWorkflow" => workflows.Execute(node, wait: false),
        _ when ElsaJson.Text(node.Json["workflowDefinitionId"]) is not null => workflows.WorkflowAsActivity(node),
        _ => new NotMapped(WhyNot(node.Type)),
    };

    /// <summary>Builds an inputs object from the values that are present.</summary>
    public static JsonObject Inputs(params (string Name, JsonNode? Value)[] values)
    {
        var inputs = new JsonObject();
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                inputs[name] = value;
            }
        }

        return inputs;
    }

    private static string WhyNot(string type) => type switch
    {
        "Elsa.SetName" => "It names the workflow instance; our instances have no name to set.",
        "Elsa.Correlate" => "It sets the instance's correlation id mid-run; ours take it when they start (the run call's correlationId) and no activity changes it.",
        "Elsa.Finish" or "Elsa.End" => "It ends the whole instance at once, cancelling other branches; ours finish when no branch is running, and no activity ends them early.",
        "Elsa.Complete" => "It completes the workflow with outcomes; our workflows have no outcomes and finish when no branch is running.",
        "Elsa.Switch" => "Elsa's Switch runs embedded case activities; only FlowSwitch (cases as outcomes) maps, to Switch.",
        "Elsa.While" or "Elsa.For" or "Elsa.Break" or "Elsa.ParallelForEach" => "This loop construct has no counterpart; draw the loop with connections (cycles are allowed) or use ForEach.",
        _ when type.StartsWith("Elsa.", StringComparison.Ordinal) => $"Elsa's {type[5..]} activity has no counterpart among our activities (GET /api/activities).",
        _ => $"'{type}' is not an Elsa activity we know, nor a workflow used as an activity (no workflowDefinitionId).",
    };

    private ElsaMapping SetVariable(ElsaNode node)
    {
        var name = VariableName(node.Json["variable"]);
        return name is null
            ? new NotMapped("It names no variable (its 'variable' has neither a known id nor a name).")
            : new MapsTo("SetVariable", Inputs(("name", name), ("value", expressions.Read(node, "value"))), ElsaMapping.SamePorts("Done"));
    }

    private ElsaMapping SetOutput(ElsaNode node)
    {
        var name = expressions.LiteralText(node, "outputName", out var isExpression);
        return name is null
            ? new NotMapped(isExpression ? "Its output name is an expression; SetOutput needs a literal name." : "It names no output.")
            : new MapsTo("SetOutput", Inputs(("name", name), ("value", expressions.Read(node, "outputValue"))), ElsaMapping.SamePorts("Done"));
    }

    /// <summary>A script whose result Elsa stores in a variable is exactly a SetVariable of that script's value.</summary>
    private ElsaMapping RunJavaScript(ElsaNode node)
    {
        var script = node.Json["script"]?["expression"]?["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(script))
        {
            return new NotMapped("It has no script.");
        }

        if (node.Json["possibleOutcomes"] is JsonObject or JsonArray { Count: > 0 })
        {
            return new NotMapped("Its script chooses outcomes (setOutcome); use If or Switch with the condition as a $js expression.");
        }

        var variable = ElsaJson.Text(node.Json["result"]?["memoryReference"]?["id"]);
        var name = variable is null ? null : variableNamesById.GetValueOrDefault(variable);
        return name is null
            ? new NotMapped("Its result is not stored in a workflow variable, and we have no activity that only runs a script: put the code in a $js input where its value is used.")
            : new MapsTo("SetVariable", Inputs(("name", name), ("value", scripts.JavaScript(script, $"{node.Path}.script"))), ElsaMapping.SamePorts("Done"));
    }

    private ElsaMapping Switch(ElsaNode node)
    {
        if (expressions.Read(node, "cases") is not JsonArray elsaCases)
        {
            return new NotMapped("Its cases are not a list of { label, condition }.");
        }

        var cases = new JsonArray();
        var labels = new List<string>();
        for (var i = 0; i < elsaCases.Count; i++)
        {
            if (elsaCases[i] is not JsonObject elsaCase || ElsaJson.Text(elsaCase["label"]) is not { Length: > 0 } label || labels.Contains(label))
            {
                report.Warn($"{node.Path}.cases[{i}]", "A case without a label (or with a label used before) cannot be a port; it is left out.");
                continue;
            }

            labels.Add(label);
            var condition = elsaCase["condition"] is JsonObject expression
                ? expressions.ReadExpression(node, $"case {label}", expression, $"{node.Path}.cases[{i}].condition")
                : null;
            cases.Add(new JsonObject { ["name"] = label, ["condition"] = condition });
        }

        if (expressions.LiteralText(node, "mode", out _) == "MatchAny")
        {
            report.Warn($"{node.Path}.mode", "MatchAny schedules every matching case; our Switch continues through the first match only.");
        }

        return new MapsTo("Switch", new JsonObject { ["cases"] = cases }, outcome => labels.Contains(outcome) || outcome == "Default" ? new PortMapping(outcome) : null);
    }

    private ElsaMapping Join(ElsaNode node)
    {
        var mode = expressions.LiteralText(node, "mode", out var isExpression) ?? "WaitAny";
        if (isExpression)
        {
            report.Warn($"{node.Path}.mode", "The join mode is an expression; imported as WaitAny (any), Elsa's default. Our Join mode must be a literal.");
        }

        var ours = mode is "WaitAll" or "1" ? "all" : "any";
        return new MapsTo("Join", new JsonObject { ["mode"] = ours }, ElsaMapping.SamePorts("Done"));
    }

    private ElsaMapping Fault(ElsaNode node)
    {
        var message = expressions.Read(node, "message") ?? "Faulted (imported from Elsa).";
        var code = expressions.LiteralText(node, "code", out _);
        var category = expressions.LiteralText(node, "category", out _);
        if (code is not null || category is not null)
        {
            node.Notes.Add($"Elsa fault code: {code ?? "none"}, category: {category ?? "none"}.");
            report.Warn(node.Path, "Fail has only a message: the fault's code and category are kept in the activity's description.");
        }

        return new MapsTo("Fail", new JsonObject { ["message"] = message }, _ => null);
    }

    private string? VariableName(JsonNode? variable)
    {
        var id = ElsaJson.Text(variable?["id"]);
        return id is not null && variableNamesById.TryGetValue(id, out var known) ? known : ElsaJson.Text(variable?["name"]) ?? ElsaJson.Text(variable);
    }
}
