using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Payments;

/// <summary>
/// Waits until an invoice is paid, fails or expires: a bookmark (kind <c>Payment</c>, key the invoice id) that the
/// provider's webhook or the reconciler resumes. An invoice already settled completes at once; a time-out goes to
/// <c>Expired</c> with reason <c>timedOut</c>.
/// </summary>
[Activity("WaitForPayment", Category = "Payments", DisplayName = "Wait for payment",
    Description = "Waits for the invoice to be paid, fail or expire (webhook or reconciler), with an optional time-out.", Icon = "hourglass", Kind = ActivityKind.Blocking)]
public sealed class WaitForPayment(IPaymentInvoices invoices) : Activity<WaitForPayment.Input, WaitForPayment.Output>, IResumableActivity
{
    public const string TimedOutReason = "timedOut";

    public static readonly Port Paid = new("Paid");
    public static readonly Port Failed = Port.Failed;
    public static readonly Port Expired = new("Expired");

    public sealed record Input(string InvoiceId, [Input(Type = "duration", Description = "ISO-8601, such as P1D; then Expired with reason timedOut.")] string? Timeout = null);

    public sealed record Output(
        string InvoiceId,
        string Status,
        long AmountCents,
        string Currency,
        DateTimeOffset? PaidAt,
        string? PaymentId,
        string? ProviderPaymentId,
        string? Reason);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset? timeoutAt = null;
        if (input.Timeout is not null)
        {
            if (!Durations.TryParse(input.Timeout, out var timeout))
            {
                return ActivityResult.Fail($"WaitForPayment 'timeout' must be an ISO-8601 duration such as P1D; got '{input.Timeout}'.");
            }

            timeoutAt = context.Time.GetUtcNow() + timeout;
        }

        var invoice = await invoices.GetAsync(context.Workflow.TenantId, input.InvoiceId, cancellationToken);
        if (invoice is null)
        {
            return ActivityResult.Fail($"Invoice '{input.InvoiceId}' was not found.");
        }

        return Settled(invoice) ?? ActivityResult.Suspend(Bookmark(invoice.Id, timeoutAt));
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken)
    {
        // The store, not the resume's payload, is the truth: it already holds whatever moved the invoice.
        var invoiceId = Text(resume.BookmarkData, "invoiceId") ?? context.GetInputs<Input>().InvoiceId;
        var invoice = await invoices.GetAsync(context.Workflow.TenantId, invoiceId, cancellationToken);
        if (invoice is null)
        {
            return ActivityResult.Fail($"Invoice '{invoiceId}' was not found.");
        }

        if (Settled(invoice) is { } settled)
        {
            return settled;
        }

        if (resume.TimedOut)
        {
            return Complete(Expired, OutputOf(invoice, TimedOutReason));
        }

        // Resumed while the invoice is still pending: wait on, with the time-out it had.
        DateTimeOffset? timeoutAt = DateTimeOffset.TryParse(Text(resume.BookmarkData, "timeoutAt"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null;
        return ActivityResult.Suspend(Bookmark(invoice.Id, timeoutAt));
    }

    private static ActivityResult? Settled(InvoiceState invoice) => invoice.Status switch
    {
        "Paid" => Complete(Paid, OutputOf(invoice, null)),
        "Failed" => Complete(Failed, OutputOf(invoice, "failed")),
        "Expired" => Complete(Expired, OutputOf(invoice, "expired")),
        "Refunded" => Complete(Failed, OutputOf(invoice, "refunded")),
        _ => null,
    };

    private static BookmarkRequest Bookmark(string invoiceId, DateTimeOffset? timeoutAt) => new()
    {
        Kind = PaymentBookmarks.Kind,
        Key = invoiceId,
        TimeoutAt = timeoutAt,
        Data = new JsonObject { ["invoiceId"] = invoiceId, ["timeoutAt"] = timeoutAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static Output OutputOf(InvoiceState invoice, string? reason) =>
        new(invoice.Id, invoice.Status, invoice.AmountCents, invoice.Currency, invoice.PaidAt, invoice.PaymentId, invoice.ProviderPaymentId, reason);

    private static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
