namespace WorkflowPlatform.Store;

/// <summary>
/// The statuses of an invoice (and of a payment row) and the one rule that moves them: only forward. Pending ranks
/// lowest; Failed and Expired next (a failed or expired charge may still be paid late, so Paid after Expired is a
/// move); then Paid; nothing leaves Refunded. Providers deliver events late, twice and out of order, so an event that
/// would move a status backwards (or sideways) changes nothing.
/// </summary>
public static class PaymentStatuses
{
    public const string Pending = "Pending";
    public const string Failed = "Failed";
    public const string Expired = "Expired";
    public const string Paid = "Paid";
    public const string Refunded = "Refunded";

    public static IReadOnlyList<string> All { get; } = [Pending, Failed, Expired, Paid, Refunded];

    public static bool IsKnown(string status) => All.Contains(status, StringComparer.Ordinal);

    /// <summary>True when <paramref name="to"/> ranks above <paramref name="from"/>.</summary>
    public static bool CanMove(string from, string to) => Rank(to) > Rank(from);

    /// <summary>Anything but Pending: the charge has an outcome a waiting workflow can act on.</summary>
    public static bool IsSettled(string status) => status != Pending;

    private static int Rank(string status) => status switch
    {
        Pending => 0,
        Failed or Expired => 1,
        Paid => 2,
        Refunded => 3,
        _ => throw new ArgumentException($"Unknown payment status '{status}'; use one of {string.Join(", ", All)}.", nameof(status)),
    };
}
