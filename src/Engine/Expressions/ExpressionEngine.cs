using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Compiles input values once per definition version and evaluates them in an instance's scope.</summary>
public sealed class ExpressionEngine
{
    private readonly JavaScriptRunner javaScript;
    private readonly ISecretResolver? secrets;
    private readonly TemplateOptions liquidOptions;

    public ExpressionEngine(ExpressionOptions options, ISecretResolver? secrets = null)
    {
        javaScript = new JavaScriptRunner(options);
        this.secrets = secrets;
        liquidOptions = new TemplateOptions { MaxSteps = 100_000, MaxRecursion = 64 };
    }

    /// <summary>Parses a raw input; problems are added to <paramref name="errors"/> with <paramref name="path"/>.</summary>
    public CompiledValue Compile(JsonNode? value, string path, ICollection<ValidationError> errors) =>
        ExpressionCompiler.Compile(value, path, errors);

    /// <param name="revealedSecrets">Receives the value of every secret resolved, so callers can keep it out of what they record.</param>
    public async ValueTask<JsonNode?> EvaluateAsync(CompiledValue value, IExpressionScope scope, CancellationToken cancellationToken, ICollection<string>? revealedSecrets = null)
    {
        switch (value)
        {
            case { IsConstant: true }:
                return value.Constant;
            case JavaScriptValue script:
                return javaScript.Evaluate(script, scope, cancellationToken);
            case LiquidValue liquid:
                return JsonValue.Create(await RenderAsync(liquid, scope));
            case SecretValue secret:
                var resolved = secrets is null ? null : await secrets.ResolveAsync(scope.Workflow.TenantId, secret.Name, cancellationToken);
                if (resolved is null)
                {
                    throw new ExpressionException($"Secret '{secret.Name}' is not defined for this tenant.");
                }

                revealedSecrets?.Add(resolved);
                return JsonValue.Create(resolved);
            case ObjectTemplate template:
                var obj = new JsonObject();
                foreach (var (name, member) in template.Members)
                {
                    var evaluated = await EvaluateAsync(member, scope, cancellationToken, revealedSecrets);
                    obj[name] = evaluated?.Parent is null && member is not ConstantValue ? evaluated : evaluated?.DeepClone();
                }

                return obj;
            case ArrayTemplate template:
                var array = new JsonArray();
                foreach (var item in template.Items)
                {
                    var evaluated = await EvaluateAsync(item, scope, cancellationToken, revealedSecrets);
                    array.Add(evaluated?.Parent is null && item is not ConstantValue ? evaluated : evaluated?.DeepClone());
                }

                return array;
            case InvalidValue invalid:
                throw new ExpressionException(invalid.Error);
            default:
                throw new ExpressionException($"Unsupported value {value.GetType().Name}.");
        }
    }

    /// <summary>JavaScript truthiness of a JSON value; the string "false" (a rendered Liquid condition) is false too.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonObject or JsonArray => true,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.TryGetValue<double>(out var d) ? d != 0 && !double.IsNaN(d) : double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) != 0,
            JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s && !s.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => false,
        },
        _ => false,
    };

    private async ValueTask<string> RenderAsync(LiquidValue liquid, IExpressionScope scope)
    {
        var context = new TemplateContext(liquidOptions);
        context.SetValue("input", LiquidConversion.ToPlainObject(scope.Input));
        context.SetValue("vars", LiquidConversion.ToPlainObject(scope.Variables));
        context.SetValue("outputs", scope.Outputs.ToDictionary(p => p.Key, p => LiquidConversion.ToPlain(p.Value)));
        context.SetValue("trigger", LiquidConversion.ToPlain(scope.Trigger));
        var info = scope.Workflow;
        context.SetValue("workflow", new Dictionary<string, object?>
        {
            ["instanceId"] = info.InstanceId,
            ["definitionId"] = info.DefinitionId,
            ["version"] = info.Version,
            ["correlationId"] = info.CorrelationId,
            ["tenantId"] = info.TenantId,
        });
        try
        {
            return await liquid.Template.RenderAsync(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new ExpressionException($"Liquid error: {exception.Message}");
        }
    }
}
