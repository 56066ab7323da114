using System.Text.Json.Nodes;
using Fluid;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Parses input values once: <c>$js</c> with Jint's parser, <c>$liquid</c> with Fluid's, <c>$secret</c> by name.</summary>
internal static class ExpressionCompiler
{
    public const string JavaScriptKey = "$js";
    public const string LiquidKey = "$liquid";
    public const string SecretKey = "$secret";

    private static readonly FluidParser Liquid = new();

    public static CompiledValue Compile(JsonNode? value, string path, ICollection<ValidationError> errors)
    {
        switch (value)
        {
            case JsonObject obj when obj.Any(p => p.Key.StartsWith('$')):
                return CompileExpression(obj, path, errors);
            case JsonObject obj:
                var members = obj.Select(p => new KeyValuePair<string, CompiledValue>(p.Key, Compile(p.Value, $"{path}.{p.Key}", errors))).ToList();
                return members.All(m => m.Value.IsConstant) ? new ConstantValue(value) : new ObjectTemplate(members);
            case JsonArray array:
                var items = array.Select((item, i) => Compile(item, $"{path}[{i}]", errors)).ToList();
                return items.All(i => i.IsConstant) ? new ConstantValue(value) : new ArrayTemplate(items);
            default:
                return new ConstantValue(value);
        }
    }

    private static CompiledValue CompileExpression(JsonObject obj, string path, ICollection<ValidationError> errors)
    {
        if (obj.Count != 1)
        {
            return Invalid(path, $"An expression object has exactly one key ({JavaScriptKey}, {LiquidKey} or {SecretKey}); found {string.Join(", ", obj.Select(p => p.Key))}.", errors);
        }

        var (key, body) = obj.First();
        if (body is not JsonValue text || !text.TryGetValue<string>(out var source))
        {
            return Invalid(path, $"The value of {key} must be a string.", errors);
        }

        return key switch
        {
            JavaScriptKey => CompileJavaScript(source, path, errors),
            LiquidKey => Liquid.TryParse(source, out var template, out var error)
                ? new LiquidValue(template)
                : Invalid(path, $"Liquid syntax error: {error}", errors),
            SecretKey when !string.IsNullOrWhiteSpace(source) => new SecretValue(source),
            SecretKey => Invalid(path, "A secret needs a name.", errors),
            _ => Invalid(path, $"Unknown reserved key '{key}'; use {JavaScriptKey}, {LiquidKey} or {SecretKey}.", errors),
        };
    }

    private static CompiledValue CompileJavaScript(string source, string path, ICollection<ValidationError> errors)
    {
        try
        {
            var script = Jint.Engine.PrepareScript(source, strict: true);
            return new JavaScriptValue(script, source, UsesOf(source));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Invalid(path, $"JavaScript syntax error: {exception.Message}", errors);
        }
    }

    /// <summary>A cheap over-approximation: a name not in the source text cannot be referenced.</summary>
    private static ScopeNames UsesOf(string source)
    {
        var uses = ScopeNames.None;
        if (source.Contains("input", StringComparison.Ordinal)) uses |= ScopeNames.Input;
        if (source.Contains("vars", StringComparison.Ordinal)) uses |= ScopeNames.Vars;
        if (source.Contains("outputs", StringComparison.Ordinal)) uses |= ScopeNames.Outputs;
        if (source.Contains("trigger", StringComparison.Ordinal)) uses |= ScopeNames.Trigger;
        if (source.Contains("workflow", StringComparison.Ordinal)) uses |= ScopeNames.Workflow;
        return uses;
    }

    private static InvalidValue Invalid(string path, string message, ICollection<ValidationError> errors)
    {
        errors.Add(new ValidationError(path, message));
        return new InvalidValue(message);
    }
}
