using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>The platform events published when an invoice moves (correlation id: the invoice id).</summary>
internal static class PaymentEventNames
{
    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";
    public const string Expired = "payment.expired";
    public const string Refunded = "payment.refunded";

    public static string? For(string status) => status switch
    {
        PaymentStatuses.Paid => Succeeded,
        PaymentStatuses.Failed => Failed,
        PaymentStatuses.Expired => Expired,
        PaymentStatuses.Refunded => Refunded,
        _ => null,
    };
}
