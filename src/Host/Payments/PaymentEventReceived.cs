namespace WorkflowPlatform.Host.Payments;

/// <summary>Asks any node to process a stored webhook event (processing is idempotent, so a redelivery is harmless).</summary>
public sealed record PaymentEventReceived(string TenantId, string Provider, string EventId);
