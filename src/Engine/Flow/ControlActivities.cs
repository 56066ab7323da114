using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Waits for inbound branches: <c>all</c> (every branch that was started) or <c>any</c> (the first; the others are cancelled).</summary>
[Activity("Join", Category = "Control", DisplayName = "Join", Description = "Waits for parallel branches: all of them, or the first (cancelling the others).", Icon = "merge")]
public sealed class Join : Activity<Join.Input, None>
{
    public const string All = "all";
    public const string AnyMode = "any";

    public sealed record Input([Input(Options = [All, AnyMode], SupportsExpressions = false, Description = "all: wait for every started branch; any: continue on the first.")] string Mode = All);

    // The engine schedules Join itself (it needs to see the other branches); this is never called.
    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Done);
}

/// <summary>Runs its <c>Iterate</c> branch once per item, then continues through <c>Done</c>.</summary>
[Activity("ForEach", Category = "Control", DisplayName = "For each", Description = "Runs the Iterate branch once per item, then continues through Done.", Icon = "repeat")]
public sealed class ForEach : Activity<ForEach.Input, ForEach.Output>
{
    public static readonly Port Iterate = new("Iterate");
    public static readonly Port Done = Port.Done;

    public sealed record Input([Input(Description = "The array to iterate.")] JsonNode? Items);

    public sealed record Output(JsonNode? Item, int Index);

    // The engine drives iterations; this is never called.
    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Done);
}
