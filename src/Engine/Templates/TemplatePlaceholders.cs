using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Templates;

/// <summary>
/// Puts template values into a definition. <c>{ "$template": "name" }</c> becomes the value itself; <c>{{ template.name
/// }}</c> inside a string becomes the value's text, written so that it stays data where the string is code: a JSON
/// literal in <c>$js</c>, raw text in <c>$liquid</c>. Names, descriptions, activity inputs and the defaults of inputs
/// and variables are filled; a placeholder naming no field is a problem at its path.
/// </summary>
public static partial class TemplatePlaceholders
{
    public const string ValueKey = "$template";

    [GeneratedRegex(@"\{\{\s*template\.([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();

    private enum Language { Text, JavaScript, Liquid }

    /// <summary>JSON as people write it (a filled copy is read in the Studio); still a valid JavaScript literal.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WorkflowDefinition Fill(WorkflowDefinition definition, JsonObject values, List<ValidationError> errors)
    {
        var filler = new Filler(values, errors);
        return definition with
        {
            Name = filler.Text(definition.Name, "name"),
            Description = filler.Text(definition.Description, "description"),
            Inputs = filler.Parameters(definition.Inputs, "inputs"),
            Variables = filler.Parameters(definition.Variables, "variables"),
            Activities = definition.Activities.Select((node, i) => node is null ? node! : node with
            {
                Name = filler.Text(node.Name, $"activities[{i}].name"),
                Description = filler.Text(node.Description, $"activities[{i}].description"),
                Inputs = node.Inputs.ToDictionary(p => p.Key, p => filler.Node(p.Value, $"activities[{i}].inputs.{p.Key}", Language.Text)),
            }).ToList(),
        };
    }

    private sealed class Filler(JsonObject values, List<ValidationError> errors)
    {
        public string? Text(string? text, string path) => text is null ? null : Replace(text, path, Language.Text);

        public IReadOnlyList<WorkflowParameter> Parameters(IReadOnlyList<WorkflowParameter> parameters, string path) =>
            parameters.Select((p, i) => p?.Default is null ? p! : p with { Default = Node(p.Default, $"{path}[{i}].default", Language.Text) }).ToList();

        public JsonNode? Node(JsonNode? node, string path, Language language)
        {
            switch (node)
            {
                case JsonObject obj when obj.Count == 1 && obj.ContainsKey(ValueKey):
                    return Whole(obj[ValueKey], path);
                case JsonObject obj:
                    var filled = new JsonObject();
                    foreach (var (key, member) in obj)
                    {
                        var inner = key switch { "$js" => Language.JavaScript, "$liquid" => Language.Liquid, _ => language };
                        filled[key] = Node(member, key.StartsWith('$') ? path : $"{path}.{key}", inner);
                    }

                    return filled;
                case JsonArray array:
                    return new JsonArray(array.Select((item, i) => Node(item, $"{path}[{i}]", language)).ToArray());
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    return JsonValue.Create(Replace(value.GetValue<string>(), path, language));
                default:
                    return node?.DeepClone();
            }
        }

        private JsonNode? Whole(JsonNode? name, string path)
        {
            if (name is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                errors.Add(new(path, $"{ValueKey} must name a template field, as in {{ \"{ValueKey}\": \"brandName\" }}."));
                return null;
            }

            var field = value.GetValue<string>();
            if (!values.TryGetPropertyValue(field, out var found))
            {
                errors.Add(new(path, Unknown(field)));
                return null;
            }

            return found?.DeepClone();
        }

        private string Replace(string text, string path, Language language) => Placeholder().Replace(text, match =>
        {
            var field = match.Groups[1].Value;
            if (!values.TryGetPropertyValue(field, out var value))
            {
                errors.Add(new(path, Unknown(field)));
                return match.Value;
            }

            return language switch
            {
                Language.JavaScript => value?.ToJsonString(Readable) ?? "null",
                Language.Liquid => Raw(TextOf(value)),
                _ => TextOf(value),
            };
        });

        private string Unknown(string field) =>
            values.Count == 0
                ? $"Template field '{field}' is used, but the workflow declares no template fields (template.fields)."
                : $"Template field '{field}' is not declared in template.fields; the fields are {string.Join(", ", values.Select(v => v.Key))}.";

        private static string TextOf(JsonNode? value) =>
            value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : value?.ToJsonString() ?? "";

        /// <summary>Text that Liquid prints as it is, even when it holds Liquid's own delimiters.</summary>
        private static string Raw(string text) =>
            text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal) || text.Contains("%}", StringComparison.Ordinal)
                ? "{% raw %}" + text.Replace("{% endraw %}", "", StringComparison.Ordinal) + "{% endraw %}"
                : text;
    }
}
