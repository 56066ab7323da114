namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// The platform's view of a charge, in the order a charge may move: Pending, then Failed or Expired, then Paid,
/// then Refunded. A late payment of an overdue boleto or Pix still counts, so Paid ranks above Failed and Expired.
/// </summary>
internal enum AsaasPaymentOutcome
{
    Pending = 0,
    Failed = 1,
    Expired = 2,
    Paid = 3,
    Refunded = 4,
}
