using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>
/// Join and ForEach, which need to see the other branches. A Join <c>all</c> fires when every inbound edge
/// has arrived, or when nothing still pending can reach it (branches that were never started do not count);
/// <c>any</c> fires on the first arrival and cancels the work that could still reach it. A ForEach advances
/// when its body loops back to it, or when nothing is pending in its body.
/// </summary>
internal sealed class ControlFlow(WorkflowExecution execution)
{
    private InstanceState State => execution.State;

    public void Arrive(CompiledActivity join, WorkItem item)
    {
        State.Queue.Remove(item);
        if (!State.Joins.TryGetValue(join.Id, out var arrivals))
        {
            State.Joins[join.Id] = arrivals = [];
        }

        var edge = CompiledActivity.EdgeKey(item.From ?? "", item.Port ?? Port.Done.Name);
        if (!arrivals.Contains(edge))
        {
            arrivals.Add(edge);
        }

        if (IsAny(join))
        {
            new BranchCanceller(execution).CancelReaching(join);
            Fire(join);
        }
        else if (join.InboundEdges.All(arrivals.Contains))
        {
            Fire(join);
        }
    }

    public async Task VisitForEachAsync(CompiledActivity loop, WorkItem item, CancellationToken cancellationToken)
    {
        State.Queue.Remove(item);
        if (State.Loops.TryGetValue(loop.Id, out var running) && item.From is not null
            && execution.Workflow.ById.TryGetValue(item.From, out var source) && loop.Body?[source.Index] == true)
        {
            Advance(loop, running);
            return;
        }

        item = execution.AssignExecution(item);
        var compiled = loop.Inputs.FirstOrDefault(i => i.Key == "items").Value;
        var items = compiled is null ? [] : await EvaluateItemsAsync(compiled, cancellationToken);
        execution.Journal.Started(loop, item, new JsonObject { ["items"] = items?.DeepClone() });
        if (items is null)
        {
            execution.Fault(loop, item, "ForEach input 'items' must be an array.");
            return;
        }

        if (items.Count == 0)
        {
            execution.Complete(loop, item, null, Port.Done, null, 0);
            return;
        }

        Emit(loop, new LoopState(items, 0, item.Execution));
    }

    /// <summary>Releases joins and advances loops that nothing pending can reach any more. True when it scheduled work.</summary>
    public bool ReleaseWaiting()
    {
        foreach (var (id, loop) in State.Loops.ToArray())
        {
            var activity = execution.Workflow.ById[id];
            if (!new PendingWork(execution).Within(activity.Body))
            {
                Advance(activity, loop);
                return true;
            }
        }

        foreach (var (id, arrivals) in State.Joins.ToArray())
        {
            var join = execution.Workflow.ById[id];
            if (arrivals.Count > 0 && !new PendingWork(execution).Reaching(join))
            {
                Fire(join);
                return true;
            }
        }

        return false;
    }

    private async Task<JsonArray?> EvaluateItemsAsync(Expressions.CompiledValue compiled, CancellationToken cancellationToken)
    {
        var value = compiled.IsConstant ? compiled.Constant : await execution.Environment.Expressions.EvaluateAsync(compiled, execution, cancellationToken);
        return value switch
        {
            null => [],
            JsonArray array => array.DeepClone().AsArray(),
            _ => null,
        };
    }

    private void Fire(CompiledActivity join)
    {
        State.Joins.Remove(join.Id);
        var item = new WorkItem(join.Id, execution.NextExecution(join.Id));
        execution.Journal.Started(join, item, null);
        execution.Complete(join, item, null, Port.Done, null, 0);
    }

    private void Advance(CompiledActivity loop, LoopState state)
    {
        var next = state.Index + 1;
        if (next < state.Items.Count)
        {
            Emit(loop, state with { Index = next });
            return;
        }

        State.Loops.Remove(loop.Id);
        execution.Complete(loop, new WorkItem(loop.Id, state.Execution), null, Port.Done, null, 0);
    }

    private void Emit(CompiledActivity loop, LoopState state)
    {
        State.Loops[loop.Id] = state;
        var outputs = new JsonObject { ["item"] = state.Items[state.Index]?.DeepClone(), ["index"] = state.Index };
        execution.Complete(loop, new WorkItem(loop.Id, state.Execution), null, ForEach.Iterate, outputs, 0);
    }

    private static bool IsAny(CompiledActivity join) =>
        join.Inputs.FirstOrDefault(i => i.Key == "mode").Value?.Constant?.GetValue<string>() == Join.AnyMode;
}
