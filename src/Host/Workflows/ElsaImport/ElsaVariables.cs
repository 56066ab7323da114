using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>Elsa's variables, inputs and outputs (<c>{ id, name, typeName, isArray, value }</c>) as our declared parameters.</summary>
internal sealed class ElsaVariables(ImportReport report)
{
    private readonly Dictionary<string, string> namesById = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Elsa refers to variables by id (memory references, SetVariable); our expressions use names.</summary>
    public IReadOnlyDictionary<string, string> NamesById => namesById;

    /// <summary>The variables declared on <paramref name="owner"/> (the document, or its root flowchart at <paramref name="ownerPath"/>).</summary>
    public IEnumerable<WorkflowParameter> Read(JsonObject owner, string ownerPath)
    {
        var path = ElsaJson.Join(ownerPath, "variables");
        var declared = ElsaJson.ArrayOrEmpty(owner, "variables", ownerPath);
        for (var i = 0; i < declared.Count; i++)
        {
            var variable = ElsaJson.ObjectAt(declared, i, path);
            var name = ElsaJson.RequiredText(variable, "name", $"{path}[{i}]");
            if (ElsaJson.Text(variable["id"]) is { } id)
            {
                namesById[id] = name;
            }

            if (!names.Add(name))
            {
                report.Warn($"{path}[{i}]", $"Variable '{name}' is declared more than once; the first declaration is kept.");
                continue;
            }

            yield return new WorkflowParameter { Name = name, Type = TypeOf(variable), Default = DefaultOf(variable) };
        }
    }

    public IReadOnlyList<WorkflowParameter> Parameters(JsonObject document, string property)
    {
        var declared = ElsaJson.ArrayOrEmpty(document, property, "");
        return [.. Enumerable.Range(0, declared.Count).Select(i =>
        {
            var parameter = ElsaJson.ObjectAt(declared, i, property);
            return new WorkflowParameter
            {
                Name = ElsaJson.RequiredText(parameter, "name", $"{property}[{i}]"),
                Type = TypeOf(parameter),
                Description = ElsaJson.Text(parameter["description"]) ?? ElsaJson.Text(parameter["displayName"]),
            };
        })];
    }

    private static string TypeOf(JsonObject declaration)
    {
        var typeName = ElsaJson.Text(declaration["typeName"]) ?? "Object";
        if (declaration["isArray"] is JsonValue isArray && isArray.GetValueKind() == JsonValueKind.True || typeName.EndsWith("[]", StringComparison.Ordinal))
        {
            return "array";
        }

        return typeName.Split(',')[0].Split('.')[^1] switch
        {
            "String" or "Char" or "Guid" or "DateTime" or "DateTimeOffset" or "TimeSpan" or "Uri" => "string",
            "Int16" or "Int32" or "Int64" or "UInt16" or "UInt32" or "UInt64" or "Byte" or "Double" or "Single" or "Decimal" => "number",
            "Boolean" => "boolean",
            "ExpandoObject" or "JsonObject" or "IDictionary<String, Object>" => "object",
            _ => "any",
        };
    }

    /// <summary>Elsa keeps a variable's initial value as text (<c>"0"</c> for an Int32); ours is JSON of the declared type.</summary>
    private static JsonNode? DefaultOf(JsonObject variable)
    {
        if (variable["value"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return variable["value"]?.DeepClone();
        }

        var text = value.GetValue<string>();
        if (TypeOf(variable) is "number" or "boolean" or "array" or "object")
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }
}
