using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// Runs each tool call the model asks for (the <see cref="FunctionInvokingChatClient.FunctionInvoker"/> of an agent) and
/// records it three ways: a <c>Step</c> line of kind <c>toolCall</c> in the instance's journal, a <c>tool</c> event on the
/// agent run stream when there is one, and a row of the agent's <c>toolCalls</c> output. A tool's error is answered to
/// the model as <c>{ "error": ... }</c> so it can try otherwise; an <see cref="AgentSetupException"/> goes on to fail the agent.
/// </summary>
internal sealed class ToolCallRecorder(ActivityContext context)
{
    public const string JournalKind = "toolCall";
    private const int SummaryLength = 300;

    // FunctionInvokingChatClient runs one call at a time (AllowConcurrentInvocation is off), so no lock.
    private readonly List<Agent.ToolCall> calls = [];

    public IReadOnlyList<Agent.ToolCall> Calls => calls;

    /// <summary>The rounds in which the model called tools.</summary>
    public int Rounds => calls.Count == 0 ? 0 : calls.Max(c => c.Round);

    public async ValueTask<object?> InvokeAsync(FunctionInvocationContext invocation, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var arguments = ToolJson.From(invocation.Arguments) as JsonObject ?? [];
        JsonNode? result = null;
        string? error = null;
        try
        {
            result = ToolJson.From(await invocation.Function.InvokeAsync(invocation.Arguments, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = exception.Message;
            if (exception is AgentSetupException)
            {
                Record(invocation, arguments, null, error, started);
                throw;
            }
        }

        Record(invocation, arguments, result, error, started);
        return error is null ? result?.ToJsonString() ?? "null" : new JsonObject { ["error"] = error }.ToJsonString();
    }

    private void Record(FunctionInvocationContext invocation, JsonObject arguments, JsonNode? result, string? error, long started)
    {
        var ms = Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        var round = invocation.Iteration + 1;
        var name = invocation.Function.Name;
        var summary = result?.ToJsonString() is { } text && text.Length > SummaryLength ? text[..SummaryLength] + "…" : result?.ToJsonString();
        calls.Add(new Agent.ToolCall(round, name, arguments.DeepClone().AsObject(), summary, error, ms));

        var inputs = new JsonObject { ["round"] = round, ["tool"] = name, ["callId"] = invocation.CallContent.CallId, ["arguments"] = arguments.DeepClone() };
        context.JournalStep(JournalKind, inputs, result is null ? null : new JsonObject { ["result"] = result.DeepClone() }, error, ms);
        context.GetFeature<AgentRunStream>()?.ToolCall(context.ActivityId, new JsonObject
        {
            ["round"] = round,
            ["tool"] = name,
            ["arguments"] = arguments.DeepClone(),
            ["result"] = summary,
            ["error"] = error,
            ["ms"] = ms,
        });
    }
}
