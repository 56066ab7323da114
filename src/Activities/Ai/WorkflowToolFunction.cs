using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// A published workflow marked as a tool, as a function the model can call: its declared inputs are the parameters,
/// and a call runs the workflow to its end right here (as <c>RunWorkflow</c> without waiting does, with the agent's
/// correlation id) with the arguments as its input. Its outputs are the result; a workflow that faults or stops to
/// wait is an error the model is told about.
/// </summary>
internal sealed class WorkflowToolFunction(StoredDefinition stored, IWorkflowStarter starter, WorkflowInfo caller) : AIFunction
{
    private readonly JsonElement schema = SchemaOf(stored.Definition.Inputs);

    public override string Name => stored.Definition.Tool?.Name ?? stored.Id;
    public override string Description => stored.Definition.Tool?.Description ?? "";
    public override JsonElement JsonSchema => schema;

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var input = new JsonObject();
        foreach (var (name, value) in arguments)
        {
            input[name] = ToolJson.From(value);
        }

        var run = await starter.StartAsync(new StartRequest
        {
            TenantId = caller.TenantId,
            DefinitionId = stored.Id,
            Version = stored.Version, // the version whose inputs the model was shown
            Input = input,
            CorrelationId = caller.CorrelationId,
        }, cancellationToken);
        return run.Status switch
        {
            WorkflowStatus.Finished => ToolJson.From(run.Output),
            WorkflowStatus.Faulted => throw new InvalidOperationException(
                $"Workflow '{stored.Id}' faulted (instance {run.InstanceId}): {run.Instance.State.Incidents.LastOrDefault()?.Message ?? "no error given"}"),
            _ => throw new InvalidOperationException(
                $"Workflow '{stored.Id}' did not finish but is {run.Status} (instance {run.InstanceId}); a workflow tool must run to its end without waiting."),
        };
    }

    /// <summary>A JSON schema object with one property per declared input (typed when the type is a JSON schema type).</summary>
    private static JsonElement SchemaOf(IReadOnlyList<WorkflowParameter> inputs)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var input in inputs)
        {
            var property = new JsonObject();
            if (input.Type is "string" or "number" or "integer" or "boolean" or "object" or "array")
            {
                property["type"] = input.Type;
            }

            if (input.Description is not null)
            {
                property["description"] = input.Description;
            }

            properties[input.Name] = property;
            if (input.Required)
            {
                required.Add(input.Name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        return JsonSerializer.SerializeToElement(schema);
    }
}
