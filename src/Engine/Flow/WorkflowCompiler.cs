using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;
using WorkflowPlatform.Engine.Templates;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Validates a definition (every problem, with its JSON path) and compiles it into a <see cref="CompiledWorkflow"/>.</summary>
public sealed partial class WorkflowCompiler(ActivityRegistry registry, ExpressionEngine expressions)
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();

    public static bool IsSlug(string? value) => value is not null && Slug().IsMatch(value);

    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        Compile(definition, errors);
        return errors;
    }

    /// <summary>Compiles the definition; returns null when it has errors (all of them are added to <paramref name="errors"/>).</summary>
    public CompiledWorkflow? Compile(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var before = errors.Count;
        DefinitionRules.CheckDocument(definition, errors);

        // A template runs with its defaults: the placeholders are filled before anything reads the activities.
        TemplateValues.CheckFields(definition.Template, errors);
        definition = TemplatePlaceholders.Fill(definition, definition.Template is null ? [] : TemplateValues.Defaults(definition.Template), errors);
        var activities = CompileActivities(definition, errors);
        ConnectionRules.Check(definition, activities, errors);
        if (errors.Count > before)
        {
            return null;
        }

        GraphIndex.Link(definition, activities);
        return new CompiledWorkflow(definition, activities);
    }

    private List<CompiledActivity> CompileActivities(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var compiled = new List<CompiledActivity>(definition.Activities.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var node = definition.Activities[i];
            var path = $"activities[{i}]";
            if (node is null)
            {
                errors.Add(new(path, "An activity must be an object."));
                continue;
            }

            if (!IsSlug(node.Id))
            {
                errors.Add(new($"{path}.id", $"Activity id '{node.Id}' must match [a-z0-9][a-z0-9-]{{0,63}}."));
            }
            else if (!seen.Add(node.Id))
            {
                errors.Add(new($"{path}.id", $"Activity id '{node.Id}' is used more than once."));
            }

            if (!registry.TryGet(node.Type ?? "", out var descriptor))
            {
                errors.Add(new($"{path}.type", $"Unknown activity type '{node.Type}'."));
                continue;
            }

            compiled.Add(CompileActivity(compiled.Count, node, descriptor, path, errors));
        }

        return compiled;
    }

    private CompiledActivity CompileActivity(int index, ActivityNode node, ActivityDescriptor descriptor, string path, List<ValidationError> errors)
    {
        var inputs = new List<KeyValuePair<string, CompiledValue>>(node.Inputs.Count);
        foreach (var declared in descriptor.Inputs)
        {
            if (declared.Required && (!node.Inputs.TryGetValue(declared.Name, out var given) || given is null))
            {
                errors.Add(new($"{path}.inputs.{declared.Name}", $"Input '{declared.Name}' of {descriptor.Type} is required."));
            }
        }

        foreach (var (name, raw) in node.Inputs)
        {
            var inputPath = $"{path}.inputs.{name}";
            var declared = descriptor.Inputs.FirstOrDefault(input => input.Name == name);
            if (declared is { SupportsExpressions: false } && ExpressionSyntax.ContainsExpression(raw))
            {
                errors.Add(new(inputPath, $"Input '{name}' of {descriptor.Type} must be a literal, not an expression."));
            }

            inputs.Add(new(name, expressions.Compile(raw, inputPath, errors)));
        }

        foreach (var (input, message) in descriptor.ValidateNode?.Invoke(node) ?? [])
        {
            errors.Add(new($"{path}.inputs.{input}", message));
        }

        return new CompiledActivity
        {
            Index = index,
            Node = node,
            Descriptor = descriptor,
            Inputs = inputs,
            HasSecretInputs = inputs.Any(input => input.Value.ContainsSecret),
            Timeout = DefinitionRules.ParseDuration(node.Timeout, $"{path}.timeout", errors),
            Retry = DefinitionRules.CheckRetry(node.Retry, $"{path}.retry", errors),
            Targets = new Dictionary<string, CompiledActivity[]>(),
            InboundEdges = [],
            Reaches = [],
        };
    }
}

/// <summary>Recognises expression objects inside raw input JSON.</summary>
internal static class ExpressionSyntax
{
    public static bool ContainsExpression(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key.StartsWith('$')) || obj.Any(p => ContainsExpression(p.Value)),
        JsonArray array => array.Any(ContainsExpression),
        _ => false,
    };
}
