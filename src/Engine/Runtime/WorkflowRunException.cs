namespace WorkflowPlatform.Engine.Runtime;

/// <summary>A start or run request that cannot be honoured (unknown or unpublished workflow, missing input); the API answers 4xx with the message.</summary>
public sealed class WorkflowRunException : Exception
{
    public WorkflowRunException(string message, WorkflowRunError error = WorkflowRunError.Invalid) : base(message) => Error = error;
    public WorkflowRunException() { }
    public WorkflowRunException(string message, Exception inner) : base(message, inner) { }

    public WorkflowRunError Error { get; }
}

public enum WorkflowRunError
{
    Invalid,
    NotFound,
    Conflict,

    /// <summary>The tenant's plan does not allow another run now.</summary>
    LimitReached,
}
