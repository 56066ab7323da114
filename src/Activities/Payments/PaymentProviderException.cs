namespace WorkflowPlatform.Activities.Payments;

/// <summary>A payment could not be asked of its provider: a missing connection or secret, or the provider refused. The message says which.</summary>
public sealed class PaymentProviderException : Exception
{
    public PaymentProviderException()
    {
    }

    public PaymentProviderException(string message)
        : base(message)
    {
    }

    public PaymentProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
