namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas events and payment statuses in the platform's terms, and the one rule for moving a charge: only forwards.
/// Asaas delivers at least once and, outside sequential mode or on retries, out of order, so CONFIRMED and RECEIVED
/// (both "paid") may come in either order or several times; <see cref="Advance"/> turns the first into Paid and the
/// rest into no change.
/// </summary>
internal static class AsaasStatusMapping
{
    /// <summary>
    /// What a webhook event means. Events that do not decide the outcome (created, updated, viewed, risk analysis
    /// pending or approved, split, anticipation, partial refund, chargeback under dispute, …) give Pending: no change.
    /// </summary>
    public static AsaasPaymentOutcome OutcomeOf(string eventName) => eventName switch
    {
        // CONFIRMED: paid, balance not yet available (card, boleto before compensation); RECEIVED: balance credited.
        "PAYMENT_CONFIRMED" or "PAYMENT_RECEIVED" or "PAYMENT_DUNNING_RECEIVED" => AsaasPaymentOutcome.Paid,
        "PAYMENT_OVERDUE" => AsaasPaymentOutcome.Expired,
        // Deletion makes the charge unpayable and stops its notifications; only PENDING or OVERDUE charges can be
        // deleted, so it never undoes a payment. A restored charge that is then paid still moves on to Paid.
        "PAYMENT_DELETED" => AsaasPaymentOutcome.Expired,
        "PAYMENT_REFUNDED" => AsaasPaymentOutcome.Refunded,
        "PAYMENT_REPROVED_BY_RISK_ANALYSIS" or "PAYMENT_CREDIT_CARD_CAPTURE_REFUSED" => AsaasPaymentOutcome.Failed,
        _ => AsaasPaymentOutcome.Pending,
    };

    /// <summary>What a payment's status says, for the reconciler that reads <c>GET /payments/{id}</c> when a webhook was lost.</summary>
    public static AsaasPaymentOutcome OutcomeOf(AsaasPayment payment)
    {
        var outcome = OutcomeOfStatus(payment.Status);
        return payment.Deleted && outcome == AsaasPaymentOutcome.Pending ? AsaasPaymentOutcome.Expired : outcome;
    }

    public static AsaasPaymentOutcome OutcomeOfStatus(string status) => status switch
    {
        "CONFIRMED" or "RECEIVED" or "RECEIVED_IN_CASH" or "DUNNING_RECEIVED" => AsaasPaymentOutcome.Paid,
        // Paid, and not (yet) given back: a refund or a chargeback in progress may still be denied or reversed.
        "REFUND_REQUESTED" or "REFUND_IN_PROGRESS" or "CHARGEBACK_REQUESTED" or "CHARGEBACK_DISPUTE" or "AWAITING_CHARGEBACK_REVERSAL"
            => AsaasPaymentOutcome.Paid,
        "OVERDUE" or "DUNNING_REQUESTED" => AsaasPaymentOutcome.Expired,
        "REFUNDED" => AsaasPaymentOutcome.Refunded,
        _ => AsaasPaymentOutcome.Pending, // PENDING, AWAITING_RISK_ANALYSIS, and any status Asaas adds later
    };

    /// <summary>
    /// The outcome a charge moves to when <paramref name="incoming"/> arrives in state <paramref name="current"/>, or
    /// null when nothing changes: Pending never changes anything, the same outcome twice changes nothing, and no
    /// outcome moves a charge backwards (Paid is never undone by a late OVERDUE; Refunded is final).
    /// </summary>
    public static AsaasPaymentOutcome? Advance(AsaasPaymentOutcome current, AsaasPaymentOutcome incoming) =>
        Rank(incoming) > Rank(current) ? incoming : null;

    private static int Rank(AsaasPaymentOutcome outcome) => outcome switch
    {
        AsaasPaymentOutcome.Pending => 0,
        AsaasPaymentOutcome.Failed or AsaasPaymentOutcome.Expired => 1,
        AsaasPaymentOutcome.Paid => 2,
        AsaasPaymentOutcome.Refunded => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
