namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// Decides whether a tenant may start another instance (plan limits). Throws <see cref="WorkflowRunException"/>
/// with <see cref="WorkflowRunError.LimitReached"/> and a message that says which limit.
/// </summary>
public interface IRunAdmission
{
    ValueTask AdmitAsync(string tenantId, CancellationToken cancellationToken);
}
