namespace WorkflowPlatform.Engine.Sdk;

/// <summary>The evaluated inputs do not fit the activity's input record; the attempt fails with this message.</summary>
public sealed class ActivityInputException : Exception
{
    public ActivityInputException(string message) : base(message) { }
    public ActivityInputException(string message, Exception inner) : base(message, inner) { }
    public ActivityInputException() { }
}
