namespace WorkflowPlatform.Engine.Sdk;

/// <summary>Describes one input (a constructor parameter of the activity's input record).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? Description { get; init; }

    /// <summary>The allowed values, shown as a drop-down by the Studio.</summary>
    public string[]? Options { get; init; }

    /// <summary>False for inputs that must be literals (such as an HTTP endpoint's path, indexed at publish time).</summary>
    public bool SupportsExpressions { get; init; } = true;

    /// <summary>Overrides the type name derived from the CLR type (for example "expression" or "duration").</summary>
    public string? Type { get; init; }
}
