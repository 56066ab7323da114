using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>
/// An LLM with tools. The model may call the enabled tools (<c>knowledgeSearch</c> over <c>space</c>, and
/// <c>workflow:&lt;id&gt;</c> for published workflows marked as tools) for up to <c>maxRounds</c> rounds, through
/// Microsoft.Extensions.AI's automatic function calling; every request of every round goes through the tenant's
/// connections like <c>ChatCompletion</c> (fallbacks, budget, call log, tokens streamed to the agent run stream). Each tool
/// call is a <c>Step</c> line of the journal. A model still asking for tools after the last round has not answered: the
/// activity fails (its <c>Failed</c> port carries the tool calls, usage and cost made until then).
/// </summary>
[Activity("Agent", Category = "AI", DisplayName = "Agent", Description = "Asks an LLM that may call tools (knowledge search, workflows) before it answers.", Icon = "bot", HasSideEffects = true)]
public sealed class Agent(IDefinitionStore definitions, IWorkflowStarter starter, IKnowledgeSearch? knowledge = null, ICrm? crm = null) : Activity<Agent.Input, Agent.Output>, IValidatesInputs
{
    public const int DefaultMaxRounds = 5;

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The user prompt (a $liquid template, usually).")] string User,
        string? System = null,
        [Input(Description = "Earlier messages: [{ role, content }].")] JsonArray? History = null,
        [Input(Description = "Connection name; the tenant's default when empty.")] string? Connection = null,
        [Input(Description = "The tools the model may call: knowledgeSearch, workflow:<definitionId> (a published workflow marked as a tool).")] string[]? Tools = null,
        [Input(Description = "The knowledge space the knowledgeSearch tool searches.")] string? Space = null,
        [Input(Description = "How many rounds of tool calls the model may make; it must answer after the last.")] int MaxRounds = DefaultMaxRounds,
        double? Temperature = null,
        int? MaxTokens = null);

    /// <summary>One tool call: the round it was made in (1 for the model's first answer), the result's first characters or the error, and its time.</summary>
    public sealed record ToolCall(int Round, string Name, JsonObject Arguments, string? Result, string? Error, double Ms);

    /// <summary>What the model answered last; <c>latencyMs</c> is the time spent waiting for the model over every round (tool time is in <c>toolCalls</c>).</summary>
    public sealed record Output(
        string Text,
        ChatCompletion.Usage Usage,
        decimal CostUsd,
        string Model,
        double LatencyMs,
        string Connection,
        IReadOnlyList<string> FailedOver,
        IReadOnlyList<ToolCall> ToolCalls,
        int Rounds);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node)
    {
        if (node.Inputs.GetValueOrDefault("tools") is JsonArray tools)
        {
            foreach (var tool in tools)
            {
                var name = tool?.GetValueKind() == JsonValueKind.String ? tool.GetValue<string>() : tool?.ToJsonString();
                if (AgentTools.Problem(name) is { } problem)
                {
                    yield return ("tools", problem);
                }
                else if (name == AgentTools.KnowledgeSearch && node.Inputs.GetValueOrDefault("space") is null)
                {
                    yield return ("space", "The knowledgeSearch tool needs the 'space' input: the knowledge space it searches.");
                }
            }
        }

        if (node.Inputs.GetValueOrDefault("maxRounds") is JsonValue rounds && rounds.TryGetValue<int>(out var maxRounds) && maxRounds < 1)
        {
            yield return ("maxRounds", "maxRounds must be at least 1.");
        }
    }

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var messages = ChatCompletion.Messages(input.System, input.History, input.User);
        if (messages is null)
        {
            return ActivityResult.Fail("Agent 'history' must be an array of { role: system|user|assistant, content }.");
        }

        if (input.MaxRounds < 1)
        {
            return ActivityResult.Fail("Agent 'maxRounds' must be at least 1.");
        }

        var (tools, problem) = await new AgentTools(definitions, starter, knowledge, crm).CreateAsync(input.Tools ?? [], input.Space, context, cancellationToken);
        if (problem is not null)
        {
            return ActivityResult.Fail(problem);
        }

        var call = new AiCall(context, input.Connection);
        if (await call.ConnectAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var recorder = new ToolCallRecorder(context);
        if (await AskWithToolsAsync(input, messages, tools, call, recorder, cancellationToken) is { } failure)
        {
            return ActivityResult.Fail(failure, outputs: OutputOf(call, recorder));
        }

        var unanswered = call.Last!.Response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Select(c => c.Name).Distinct().ToList();
        return unanswered.Count > 0
            ? ActivityResult.Fail(
                $"The model still asked for tools ({string.Join(", ", unanswered)}) after {input.MaxRounds} rounds of tool calls (maxRounds) and gave no answer; " +
                "raise maxRounds or make the prompt say when to answer.", outputs: OutputOf(call, recorder))
            : ActivityResult.To(Port.Done, OutputOf(call, recorder));
    }

    /// <summary>
    /// The tool loop: Microsoft.Extensions.AI's function invocation over <see cref="AiCallChatClient"/>, so each round's
    /// request goes through <see cref="LlmChat"/>. Returns why the agent failed, or null when the loop ended.
    /// </summary>
    private static async Task<string?> AskWithToolsAsync(
        Input input, List<ChatMessage> messages, IList<AITool> tools, AiCall call, ToolCallRecorder recorder, CancellationToken cancellationToken)
    {
        using var client = new FunctionInvokingChatClient(new AiCallChatClient(call))
        {
            MaximumIterationsPerRequest = input.MaxRounds,
            MaximumConsecutiveErrorsPerRequest = 0, // tool errors are answered to the model by the recorder; what escapes it fails the agent
            FunctionInvoker = recorder.InvokeAsync,
        };
        var options = new ChatOptions { Temperature = (float?)input.Temperature, MaxOutputTokens = input.MaxTokens, Tools = tools.Count > 0 ? tools : null };
        try
        {
            await client.GetResponseAsync(messages, options, cancellationToken);
            return null;
        }
        catch (AgentSetupException exception)
        {
            return exception.Message;
        }
        catch (Exception exception) when (AiCall.FailureOf(exception) is { Error: { } error })
        {
            return error;
        }
    }

    private static JsonObject OutputOf(AiCall call, ToolCallRecorder recorder)
    {
        var answer = call.Last;
        var output = new Output(
            answer?.Response.Text ?? "",
            call.UsageOutput(),
            call.CostUsd(),
            answer?.Response.ModelId ?? answer?.Connection.Model ?? "",
            Math.Round(call.LatencyMs, 1),
            answer?.Connection.Name ?? "",
            call.FailedOver,
            recorder.Calls,
            recorder.Rounds);
        return (JsonObject)JsonSerializer.SerializeToNode(output, DefinitionJson.Options)!;
    }
}
