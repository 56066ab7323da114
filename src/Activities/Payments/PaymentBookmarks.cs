namespace WorkflowPlatform.Activities.Payments;

/// <summary>The bookmark <see cref="WaitForPayment"/> waits on: kind <c>Payment</c>, keyed by the invoice id.</summary>
public static class PaymentBookmarks
{
    public const string Kind = "Payment";
}
