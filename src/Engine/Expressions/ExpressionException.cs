namespace WorkflowPlatform.Engine.Expressions;

/// <summary>An expression failed at run time; the message names the problem. The activity's attempt fails with it.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException() { }
    public ExpressionException(string message) : base(message) { }
    public ExpressionException(string message, Exception inner) : base(message, inner) { }
}
