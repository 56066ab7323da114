using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Rewrites Elsa's JavaScript and Liquid to our scope where the meaning is the same: Elsa's variable getters
/// (<c>getCounter()</c>, <c>getVariable("Counter")</c>, <c>variables.Counter</c>) read <c>vars.Counter</c>, <c>getInput("x")</c>
/// reads <c>input.x</c>. A top-level <c>return</c>, which Elsa allows, is kept: our engine (Jint) accepts it too.
/// Anything else Elsa-specific is kept as written and reported, never guessed.
/// </summary>
internal sealed partial class ElsaScripts(IReadOnlyCollection<string> variableNames, ImportReport report)
{
    [GeneratedRegex("""(?<![\w.$])getVariable\(\s*(["'])([^"']+)\1\s*\)""")]
    private static partial Regex GetVariable();

    [GeneratedRegex("""(?<![\w.$])getInput\(\s*(["'])([^"']+)\1\s*\)""")]
    private static partial Regex GetInput();

    [GeneratedRegex("""(?<![\w.$])variables\.""")]
    private static partial Regex VariablesObject();

    [GeneratedRegex("""(?<![\w.$])(getCorrelationId|getWorkflowInstanceId|getWorkflowDefinitionId)\(\s*\)""")]
    private static partial Regex WorkflowGetter();

    [GeneratedRegex("""(?<![\w.$])((?:get|set)[A-Z]\w*|getVariable|setVariable|getInput|getOutputFrom|getLastResult|isNullOrEmpty|isNullOrWhiteSpace|newGuid\w*|newShortGuid|jsonParse|jsonStringify|bytesToString|bytesFromString)\s*\(""")]
    private static partial Regex ElsaFunction();

    [GeneratedRegex("""^[A-Za-z_$][\w$]*$""")]
    private static partial Regex Identifier();

    [GeneratedRegex("""\{\{.*?\}\}|\{%.*?%\}""", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex("""(?<![\w.])Variables\.""")]
    private static partial Regex LiquidVariables();

    [GeneratedRegex("""(?<![\w.])Input\.""")]
    private static partial Regex LiquidInput();

    [GeneratedRegex("""(?<![\w.])(Workflow|WorkflowInstanceId|WorkflowDefinitionId|CorrelationId|Activity|Output|LastResult|Request)\b""")]
    private static partial Regex LiquidElsaName();

    public JsonObject JavaScript(string code, string path)
    {
        var script = GetVariable().Replace(code, match => VarsAccess(match.Groups[2].Value));
        script = VariablesObject().Replace(script, "vars.");
        script = GetInput().Replace(script, match => Access("input", match.Groups[2].Value));
        script = WorkflowGetter().Replace(script, match => match.Groups[1].Value switch
        {
            "getCorrelationId" => "workflow.correlationId",
            "getWorkflowInstanceId" => "workflow.instanceId",
            _ => "workflow.definitionId",
        });
        foreach (var name in variableNames)
        {
            // Elsa names each getter after the variable, pascalized: getCounter(), getMyNumber().
            foreach (var getter in new[] { name, Pascalize(name) }.Where(g => Identifier().IsMatch(g)).Distinct(StringComparer.Ordinal))
            {
                script = Regex.Replace(script, $@"(?<![\w.$])get{Regex.Escape(getter)}\(\s*\)", VarsAccess(name));
            }
        }

        var unknown = ElsaFunction().Matches(script).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            report.Warn(path, $"The JavaScript calls Elsa functions our scope does not have ({string.Join(", ", unknown)}); it is kept as written and fails at run time until rewritten with input, vars, outputs, trigger and workflow.");
        }

        return new JsonObject { ["$js"] = script };
    }

    public JsonObject Liquid(string template, string path)
    {
        // Only inside {{ }} and {% %}: the text around them is the template's output.
        var rewritten = LiquidTag().Replace(template, tag => LiquidInput().Replace(LiquidVariables().Replace(tag.Value, "vars."), "input."));
        var unknown = LiquidTag().Matches(rewritten).SelectMany(tag => LiquidElsaName().Matches(tag.Value)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            report.Warn(path, $"The Liquid template uses Elsa names our scope does not have ({string.Join(", ", unknown)}); it is kept as written: use input, vars, outputs, trigger and workflow.");
        }

        return new JsonObject { ["$liquid"] = rewritten };
    }

    private static string Pascalize(string name)
    {
        var parts = name.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
    }

    public static string VarsAccess(string name) => Access("vars", name);

    private static string Access(string scope, string name) =>
        Identifier().IsMatch(name) ? $"{scope}.{name}" : $"{scope}[{JsonValue.Create(name).ToJsonString()}]";
}
