namespace WorkflowPlatform.Activities.Ads;

/// <summary>The ads provider could not be asked: a missing connection or secret, or the provider refused. The message says which.</summary>
public sealed class AdsProviderException : Exception
{
    public AdsProviderException()
    {
    }

    public AdsProviderException(string message)
        : base(message)
    {
    }

    public AdsProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
