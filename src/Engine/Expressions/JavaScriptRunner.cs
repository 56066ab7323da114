using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>
/// Evaluates prepared scripts on pooled Jint engines (creating one per evaluation is slow). Each engine has the
/// sandbox limits: time, memory, recursion, strict mode and no CLR access.
/// </summary>
internal sealed class JavaScriptRunner(ExpressionOptions options)
{
    private const int PoolSize = 32;
    private static readonly string[] Names = ["input", "vars", "outputs", "trigger", "workflow"];
    private readonly ConcurrentBag<Jint.Engine> pool = [];

    public JsonNode? Evaluate(JavaScriptValue script, IExpressionScope scope, CancellationToken cancellationToken)
    {
        var engine = pool.TryTake(out var pooled) ? pooled : Create();
        var reusable = true;
        try
        {
            Bind(engine, script.Uses, scope);
            var result = engine.Evaluate(script.Script);
            return JsConversion.ToJson(result);
        }
        catch (TimeoutException)
        {
            reusable = false;
            throw new ExpressionException($"The JavaScript expression exceeded the time limit of {options.TimeLimit.TotalSeconds:0.###} s.");
        }
        catch (MemoryLimitExceededException)
        {
            reusable = false;
            throw new ExpressionException($"The JavaScript expression exceeded the memory limit of {options.MemoryLimitBytes / (1024 * 1024)} MB.");
        }
        catch (RecursionDepthOverflowException)
        {
            throw new ExpressionException($"The JavaScript expression exceeded the recursion limit of {options.RecursionLimit}.");
        }
        catch (StatementsCountOverflowException)
        {
            reusable = false;
            throw new ExpressionException("The JavaScript expression ran too many statements.");
        }
        catch (JavaScriptException exception)
        {
            throw new ExpressionException($"JavaScript error: {exception.Message}");
        }
        catch (Exception exception) when (exception is not ExpressionException and not OperationCanceledException)
        {
            throw new ExpressionException($"JavaScript error: {exception.Message}");
        }
        finally
        {
            if (reusable && pool.Count < PoolSize)
            {
                pool.Add(engine);
            }
        }
    }

    private static void Bind(Jint.Engine engine, ScopeNames uses, IExpressionScope scope)
    {
        // Every name is (re)set on every evaluation so nothing leaks from the previous scope of a pooled engine.
        engine.SetValue(Names[0], uses.HasFlag(ScopeNames.Input) ? JsConversion.ToJsObject(engine, scope.Input) : JsValue.Undefined);
        engine.SetValue(Names[1], uses.HasFlag(ScopeNames.Vars) ? JsConversion.ToJsObject(engine, scope.Variables) : JsValue.Undefined);
        engine.SetValue(Names[2], uses.HasFlag(ScopeNames.Outputs) ? JsConversion.ToJsObject(engine, scope.Outputs.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))) : JsValue.Undefined);
        engine.SetValue(Names[3], uses.HasFlag(ScopeNames.Trigger) ? JsConversion.ToJs(engine, scope.Trigger) : JsValue.Undefined);
        engine.SetValue(Names[4], uses.HasFlag(ScopeNames.Workflow) ? WorkflowObject(engine, scope) : JsValue.Undefined);
    }

    private static JsValue WorkflowObject(Jint.Engine engine, IExpressionScope scope)
    {
        var info = scope.Workflow;
        return JsConversion.ToJs(engine, new JsonObject
        {
            ["instanceId"] = info.InstanceId,
            ["definitionId"] = info.DefinitionId,
            ["version"] = info.Version,
            ["correlationId"] = info.CorrelationId,
            ["tenantId"] = info.TenantId,
        });
    }

    private Jint.Engine Create() => new(engine => engine
        .Strict()
        .TimeoutInterval(options.TimeLimit)
        .LimitMemory(options.MemoryLimitBytes)
        .LimitRecursion(options.RecursionLimit)
        .MaxStatements(50_000_000));
}
