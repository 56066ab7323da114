namespace WorkflowPlatform.Activities.Crm;

/// <summary>A CRM request that cannot be done as asked (an invalid e-mail, an unknown stage); the message names the field.</summary>
public sealed class CrmException : Exception
{
    public CrmException(string message) : base(message) { }
    public CrmException(string message, Exception inner) : base(message, inner) { }
    public CrmException() { }
}
