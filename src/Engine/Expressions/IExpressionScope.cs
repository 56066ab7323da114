using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>What expressions see: the same names in JavaScript and Liquid (see the format spec).</summary>
public interface IExpressionScope
{
    /// <summary><c>input</c>: the workflow's inputs.</summary>
    IReadOnlyDictionary<string, JsonNode?> Input { get; }

    /// <summary><c>vars</c>: workflow variables.</summary>
    IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    /// <summary><c>outputs.&lt;activityId&gt;</c>: the last outputs of each activity that has run.</summary>
    IReadOnlyDictionary<string, JsonObject?> Outputs { get; }

    /// <summary><c>trigger</c>: what started or last resumed the instance.</summary>
    JsonNode? Trigger { get; }

    /// <summary><c>workflow</c>: instance id, definition id, version, correlation id, tenant id.</summary>
    WorkflowInfo Workflow { get; }

    /// <summary>Changes whenever <see cref="Variables"/>, <see cref="Outputs"/> or <see cref="Trigger"/> change, so evaluators may cache converted values.</summary>
    long Revision { get; }
}
