using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary><c>GET /api/payments</c>: the tenant's invoices (newest first) with their payments.</summary>
internal static class PaymentEndpoints
{
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/payments", ListAsync).WithTags("Payments");
        api.MapGet("/payments/{invoiceId}", async (string invoiceId, HttpContext http, PaymentStore store) =>
            await store.FindWithPaymentsAsync(Caller.Of(http).TenantId, invoiceId, http.RequestAborted) is { } found
                ? Results.Ok(View(found))
                : Problems.NotFound($"Invoice {invoiceId} was not found.")).WithTags("Payments");
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, PaymentStore store, string? status, string? provider, string? cursor, int? limit)
    {
        var known = status is null ? null : PaymentStatuses.All.FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase));
        if (status is not null && known is null)
        {
            return Problems.BadRequest($"Unknown status '{status}'; use one of {string.Join(", ", PaymentStatuses.All)}.");
        }

        try
        {
            var page = await store.ListAsync(Caller.Of(http).TenantId,
                new InvoiceQuery { Status = known, Provider = provider?.ToLowerInvariant(), Cursor = cursor, Limit = Math.Clamp(limit ?? 50, 1, 500) },
                http.RequestAborted);
            return Results.Ok(new { items = page.Items.Select(View), nextCursor = page.NextCursor });
        }
        catch (FormatException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    private static object View(InvoiceWithPayments found)
    {
        var invoice = found.Invoice;
        return new
        {
            id = invoice.Id,
            provider = invoice.Provider,
            status = invoice.Status,
            amountCents = invoice.AmountCents,
            currency = invoice.Currency,
            externalId = invoice.ExternalId,
            url = invoice.Url,
            billingType = invoice.BillingType,
            pixPayload = invoice.PixPayload,
            instanceId = invoice.InstanceId,
            leadId = invoice.LeadId,
            dealId = invoice.DealId,
            dueAt = invoice.DueAt,
            createdAt = invoice.CreatedAt,
            updatedAt = invoice.UpdatedAt,
            paidAt = invoice.PaidAt,
            payments = found.Payments.Select(View),
        };
    }

    private static object View(PaymentRow payment) => new
    {
        id = payment.Id,
        externalId = payment.ExternalId,
        status = payment.Status,
        amountCents = payment.AmountCents,
        currency = payment.Currency,
        method = payment.Method,
        paidAt = payment.PaidAt,
        createdAt = payment.CreatedAt,
    };
}
