namespace WorkflowPlatform.Engine.Model;

/// <summary>
/// Marks a workflow as a tool that AI agents may call (an <c>Agent</c> activity enables it as <c>workflow:&lt;id&gt;</c>).
/// The model sees <see cref="Name"/>, <see cref="Description"/> and the workflow's declared <c>inputs</c> as the
/// function's parameters; the published version runs with the model's arguments as its input, and its outputs are
/// the tool's result.
/// </summary>
public sealed record WorkflowTool
{
    /// <summary>The function name the model sees (<c>[a-zA-Z0-9_-]{1,64}</c>); the workflow's id when null.</summary>
    public string? Name { get; init; }

    /// <summary>What the workflow does and when to call it: the model reads it to choose. Required.</summary>
    public string Description { get; init; } = "";
}
