using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Templates;

/// <summary>Checks a template's field declarations, and the values a tenant gives them.</summary>
public static partial class TemplateValues
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldName();

    /// <summary>Adds a problem for each malformed field declaration (paths under <c>template.fields</c>).</summary>
    public static void CheckFields(WorkflowTemplate? template, List<ValidationError> errors)
    {
        if (template is null)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Fields.Count; i++)
        {
            var field = template.Fields[i];
            var path = $"template.fields[{i}]";
            if (field is null)
            {
                errors.Add(new(path, "A template field must be an object."));
                continue;
            }

            if (field.Name is null || !FieldName().IsMatch(field.Name))
            {
                errors.Add(new($"{path}.name", $"Template field name '{field.Name}' must be a letter followed by letters, digits or _ (at most 64)."));
            }
            else if (!names.Add(field.Name))
            {
                errors.Add(new($"{path}.name", $"Template field '{field.Name}' is declared more than once."));
            }

            if (!TemplateFieldTypes.All.Contains(field.Type, StringComparer.Ordinal))
            {
                errors.Add(new($"{path}.type", $"Template field type '{field.Type}' is not one of {string.Join(", ", TemplateFieldTypes.All)}."));
                continue;
            }

            if (field.Type == TemplateFieldTypes.Select && field.Options is not { Count: > 0 })
            {
                errors.Add(new($"{path}.options", "A select field needs its options."));
            }

            if (field.Default is not null && Problem(field, field.Default) is { } problem)
            {
                errors.Add(new($"{path}.default", problem));
            }
        }
    }

    /// <summary>
    /// The value of every field: the given one, else the default. Unknown names, values of the wrong type and
    /// fields without a default left out are problems (paths under <c>values</c>).
    /// </summary>
    public static JsonObject Resolve(WorkflowTemplate template, JsonObject? given, List<ValidationError> errors)
    {
        var resolved = new JsonObject();
        foreach (var (name, _) in given ?? [])
        {
            if (!template.Fields.Any(f => f.Name == name))
            {
                errors.Add(new($"values.{name}", $"The template has no field '{name}'; its fields are {string.Join(", ", template.Fields.Select(f => f.Name))}."));
            }
        }

        foreach (var field in template.Fields)
        {
            var value = given?[field.Name] ?? field.Default;
            if (value is null)
            {
                errors.Add(new($"values.{field.Name}", $"'{field.Label ?? field.Name}' needs a value: the template gives it no default."));
                continue;
            }

            if (Problem(field, value) is { } problem)
            {
                errors.Add(new($"values.{field.Name}", problem));
                continue;
            }

            resolved[field.Name] = value.DeepClone();
        }

        return resolved;
    }

    /// <summary>What the template itself runs with: each default, or an empty value of the field's type.</summary>
    public static JsonObject Defaults(WorkflowTemplate template)
    {
        var values = new JsonObject();
        foreach (var field in template.Fields.Where(f => f?.Name is not null))
        {
            values[field.Name] = field.Default?.DeepClone() ?? Empty(field.Type);
        }

        return values;
    }

    private static JsonNode Empty(string type) => type switch
    {
        TemplateFieldTypes.Number or TemplateFieldTypes.Integer => JsonValue.Create(0),
        TemplateFieldTypes.Boolean => JsonValue.Create(false),
        _ => JsonValue.Create(""),
    };

    private static string? Problem(TemplateField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return field.Type switch
        {
            TemplateFieldTypes.Number => kind == JsonValueKind.Number ? null : $"'{field.Name}' must be a number; got {value.ToJsonString()}.",
            TemplateFieldTypes.Integer => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _) ? null : $"'{field.Name}' must be a whole number; got {value.ToJsonString()}.",
            TemplateFieldTypes.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : $"'{field.Name}' must be true or false; got {value.ToJsonString()}.",
            _ when text is null => $"'{field.Name}' must be a string; got {value.ToJsonString()}.",
            TemplateFieldTypes.Select when field.Options?.Contains(text, StringComparer.Ordinal) != true =>
                $"'{field.Name}' must be one of {string.Join(", ", field.Options ?? [])}; got '{text}'.",
            TemplateFieldTypes.Duration when !Durations.TryParse(text, out _) => $"'{field.Name}' must be an ISO-8601 duration such as PT24H or P3D; got '{text}'.",
            TemplateFieldTypes.Email when !IsEmail(text) => $"'{field.Name}' must be an e-mail address; got '{text}'.",
            TemplateFieldTypes.Url when !IsHttpUrl(text) => $"'{field.Name}' must be an absolute http(s) URL; got '{text}'.",
            _ => null,
        };
    }

    private static bool IsEmail(string text) => text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);

    private static bool IsHttpUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
}
