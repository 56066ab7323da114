using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>One Elsa activity being converted: its JSON, where it sits in the export, and how it is reached.</summary>
internal sealed record ElsaNode(JsonObject Json, string Id, string Type, string Path)
{
    /// <summary>Elsa marked it as a trigger of the workflow (or nothing leads to it and Elsa did not say).</summary>
    public bool StartsWorkflow { get; init; }

    /// <summary>What could not be imported but is worth keeping, such as C# code: goes into the activity's description.</summary>
    public List<string> Notes { get; } = [];
}
