using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Ai;

/// <summary>One event of an agent run's stream: <c>activity</c> (a journal line), <c>token</c> (LLM text as it streams) or <c>tool</c> (an agent's tool call as it ends).</summary>
public sealed record AgentEvent(string Kind, JsonNode Data);

/// <summary>
/// The run feature behind <c>POST /api/agents/{id}/run</c>: it receives the journal as it is written and the tokens
/// of streaming LLM activities, and adds up the tokens and cost the run used.
/// </summary>
public sealed class AgentRunStream : IRunObserver
{
    private readonly Channel<AgentEvent> events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private long tokensUsed;
    private decimal costUsd;

    public ChannelReader<AgentEvent> Events => events.Reader;

    public long TokensUsed
    {
        get
        {
            lock (gate)
            {
                return tokensUsed;
            }
        }
    }

    public decimal CostUsd
    {
        get
        {
            lock (gate)
            {
                return costUsd;
            }
        }
    }

    public void OnJournal(JournalEntry entry) =>
        events.Writer.TryWrite(new AgentEvent("activity", JsonSerializer.SerializeToNode(entry, DefinitionJson.Options)!));

    public void Token(string activityId, string text) =>
        events.Writer.TryWrite(new AgentEvent("token", new JsonObject { ["activityId"] = activityId, ["text"] = text }));

    /// <summary>An agent's tool call, as soon as it ends (its journal line comes with the agent's own completion).</summary>
    public void ToolCall(string activityId, JsonObject call)
    {
        var data = new JsonObject { ["activityId"] = activityId };
        foreach (var (name, value) in call)
        {
            data[name] = value?.DeepClone();
        }

        events.Writer.TryWrite(new AgentEvent("tool", data));
    }

    public void AddUsage(long tokens, decimal cost)
    {
        lock (gate)
        {
            tokensUsed += tokens;
            costUsd += cost;
        }
    }

    /// <summary>No more events: the run's burst has ended.</summary>
    public void Complete() => events.Writer.TryComplete();
}
