namespace WorkflowPlatform.Host.Payments;

/// <summary>The <c>Payments</c> configuration section.</summary>
internal sealed class PaymentOptions
{
    /// <summary>How often the reconciler looks for invoices, events and waiting instances that need it.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a pending invoice goes without news before its provider is asked (and asked again).</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest webhook body accepted (providers' events are a few KiB).</summary>
    public long MaxWebhookBytes { get; set; } = 256 * 1024;
}
