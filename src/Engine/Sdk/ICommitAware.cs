namespace WorkflowPlatform.Engine.Sdk;

/// <summary>
/// A run feature told when the instance's state has been committed, so what it holds (such as an HTTP
/// response) is released only once the work that produced it is durable.
/// </summary>
public interface ICommitAware
{
    void OnCommitted();
}
