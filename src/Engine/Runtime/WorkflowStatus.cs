namespace WorkflowPlatform.Engine.Runtime;

public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Faulted,
    Cancelled,
}
