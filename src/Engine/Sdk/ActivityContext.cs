using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>
/// What an activity sees while it runs: its evaluated inputs, the instance's state (read-only), its stable
/// execution id, and the services of the run. Changes to variables and workflow outputs are recorded here
/// and applied by the engine when the activity completes, so parallel branches never race on state.
/// </summary>
public sealed class ActivityContext
{
    private List<KeyValuePair<string, JsonNode?>>? variableChanges;
    private List<KeyValuePair<string, JsonNode?>>? outputChanges;
    private readonly List<ActivityStep> steps = [];

    public ActivityContext(
        ActivityNode node,
        string executionId,
        int attempt,
        WorkflowInfo workflow,
        IReadOnlyDictionary<string, JsonNode?> inputs,
        IReadOnlyDictionary<string, JsonNode?> variables,
        JsonNode? trigger,
        RunServices services)
    {
        Node = node;
        ExecutionId = executionId;
        Attempt = attempt;
        Workflow = workflow;
        Inputs = inputs;
        Variables = variables;
        Trigger = trigger;
        RunServices = services;
    }

    public ActivityNode Node { get; }
    public string ActivityId => Node.Id;

    /// <summary>Instance id, activity id and execution number: stable across retries and restarts. Use it for idempotency keys.</summary>
    public string ExecutionId { get; }

    /// <summary>1 for the first attempt.</summary>
    public int Attempt { get; }

    public WorkflowInfo Workflow { get; }
    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; }
    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    /// <summary>What started or last resumed the instance.</summary>
    public JsonNode? Trigger { get; }

    internal RunServices RunServices { get; }
    public IServiceProvider Services => RunServices.Services;
    public ILogger Logger => RunServices.Logger;
    public TimeProvider Time => RunServices.Time;

    /// <summary>Per-run capabilities such as the HTTP response of an inline HTTP-triggered run; null when absent.</summary>
    public T? GetFeature<T>() where T : class => RunServices.Features.TryGetValue(typeof(T), out var feature) ? (T)feature : null;

    public void SetVariable(string name, JsonNode? value) => (variableChanges ??= []).Add(new(name, value));

    /// <summary>Asks for the instance to be committed as soon as this activity completes, even if the flow goes on.</summary>
    public void RequestCommit() => CommitRequested = true;

    internal bool CommitRequested { get; private set; }

    /// <summary>Secret values the inputs resolved: scrubbed from the outputs and errors the engine records.</summary>
    internal IReadOnlyList<string>? Secrets { get; init; }

    /// <summary>The trace span of this execution, ended when its result is handled.</summary>
    internal System.Diagnostics.Activity? Span { get; init; }

    public void SetWorkflowOutput(string name, JsonNode? value) => (outputChanges ??= []).Add(new(name, value));

    /// <summary>
    /// Adds a line to the instance's journal for a step inside this execution, such as an agent's tool call: event
    /// <c>Step</c>, with <paramref name="kind"/> as its outcome. The lines are written when the activity's result is
    /// handled (before its <c>Completed</c>, <c>Retrying</c> or <c>Faulted</c> line, in the same commit), whatever the
    /// result, with secrets scrubbed as from outputs. Safe to call from concurrent tasks of one execution.
    /// </summary>
    public void JournalStep(string kind, JsonObject? inputs = null, JsonObject? outputs = null, string? error = null, double? durationMs = null)
    {
        var step = new ActivityStep(kind, Time.GetUtcNow(), inputs?.DeepClone().AsObject(), outputs?.DeepClone().AsObject(), error, durationMs);
        lock (steps)
        {
            steps.Add(step);
        }
    }

    internal IReadOnlyList<ActivityStep> TakeSteps()
    {
        lock (steps)
        {
            var taken = steps.ToList();
            steps.Clear();
            return taken;
        }
    }

    internal IReadOnlyList<KeyValuePair<string, JsonNode?>>? VariableChanges => variableChanges;
    internal IReadOnlyList<KeyValuePair<string, JsonNode?>>? OutputChanges => outputChanges;

    public T? GetInput<T>(string name) =>
        Inputs.TryGetValue(name, out var node) && node is not null ? node.Deserialize<T>(DefinitionJson.Options) : default;

    /// <summary>Binds the evaluated inputs to the activity's input record; missing inputs take the record's defaults.</summary>
    public TInput GetInputs<TInput>() where TInput : class
    {
        if (typeof(TInput) == typeof(None))
        {
            return (TInput)(object)NoneInstance;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in Inputs)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        try
        {
            return JsonSerializer.Deserialize<TInput>(buffer.WrittenSpan, DefinitionJson.Options)
                   ?? throw new ActivityInputException("The inputs are null.");
        }
        catch (JsonException exception)
        {
            throw new ActivityInputException($"Input '{exception.Path?.TrimStart('$', '.')}' has the wrong type: {exception.Message}", exception);
        }
    }

    private static readonly None NoneInstance = new();
}
