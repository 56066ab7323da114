namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Sandbox limits for expressions (configuration section <c>Expressions</c>).</summary>
public sealed record ExpressionOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);
    public long MemoryLimitBytes { get; init; } = 64 * 1024 * 1024;
    public int RecursionLimit { get; init; } = 256;
}
