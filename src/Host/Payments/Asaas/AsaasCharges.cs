using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Creates Asaas charges: the invoice is stored first (Pending, keyed by the execution), then the charge is looked up
/// by its external reference (the invoice id) and created only when Asaas has none, then its id, URL, customer and Pix
/// code are stored in one write. Asaas has no idempotency header, so this lookup is what makes a re-run after a crash
/// between Asaas's answer and the store find the charge instead of creating a second one.
/// </summary>
internal sealed class AsaasCharges(AsaasConnections connections, PaymentStore store, TimeProvider time) : IAsaasCharges
{
    public const string Provider = "asaas";
    public const string Currency = "brl";

    public async Task<AsaasCharge> CreateAsync(AsaasChargeRequest request, CancellationToken cancellationToken)
    {
        var client = await connections.ClientAsync(request.TenantId, request.Connection, cancellationToken);
        var billingType = BillingTypeOf(request.BillingType);
        var askedDueDate = request.DueDate ?? AsaasDueDates.Today(time).AddDays(request.DueInDays);
        var invoice = await store.CreateInvoiceAsync(new InvoiceRow
        {
            TenantId = request.TenantId,
            Id = "inv_" + Guid.CreateVersion7().ToString("N"),
            Provider = Provider,
            IdempotencyKey = $"asaas:{request.ExecutionId}",
            Status = PaymentStatuses.Pending,
            AmountCents = request.AmountCents,
            Currency = Currency,
            BillingType = request.BillingType,
            InstanceId = request.InstanceId,
            LeadId = request.LeadId,
            DealId = request.DealId,
            Meta = new JsonObject { ["connection"] = request.Connection }.ToJsonString(),
        }, cancellationToken);
        if (invoice is { ExternalId: { } storedId, Url: { } storedUrl })
        {
            return new AsaasCharge(invoice.Id, storedId, invoice.CustomerId ?? "", storedUrl,
                invoice.DueAt is { } dueAt ? AsaasDueDates.DueDateOf(dueAt) : askedDueDate, invoice.PixPayload, invoice.PixQrCode);
        }

        try
        {
            var payment = await client.FindPaymentAsync(invoice.Id, cancellationToken) ?? await CreatePaymentAsync(client, request, billingType, invoice, askedDueDate, cancellationToken);
            var url = payment.InvoiceUrl ?? payment.BankSlipUrl
                      ?? throw new PaymentProviderException($"Asaas answered charge {payment.Id} without an invoiceUrl or bankSlipUrl.");
            var pix = billingType == AsaasBillingType.Pix ? await client.GetPixQrCodeAsync(payment.Id, cancellationToken) : null;
            var dueDate = payment.DueDate ?? askedDueDate;
            await store.SetExternalAsync(request.TenantId, invoice.Id, new InvoiceExternal(
                payment.Id, url, AsaasDueDates.DueAtOf(dueDate), payment.CustomerId, payment.BillingType, pix?.Payload, pix?.EncodedImage), cancellationToken);
            return new AsaasCharge(invoice.Id, payment.Id, payment.CustomerId, url, dueDate, pix?.Payload, pix?.EncodedImage);
        }
        catch (AsaasException exception)
        {
            throw new PaymentProviderException(exception.Message, exception);
        }
    }

    private static async Task<AsaasPayment> CreatePaymentAsync(
        AsaasClient client, AsaasChargeRequest request, AsaasBillingType billingType, InvoiceRow invoice, DateOnly dueDate, CancellationToken cancellationToken)
    {
        var payer = request.Payer;
        var customer = await client.FindOrCreateCustomerAsync(
            new AsaasNewCustomer(payer.Name, payer.CpfCnpj, payer.Email, payer.Phone, ExternalReference: request.LeadId), cancellationToken);
        return await client.CreatePaymentAsync(
            new AsaasNewPayment(customer.Id, billingType, invoice.AmountCents, dueDate, invoice.Id, request.Description), cancellationToken);
    }

    private static AsaasBillingType BillingTypeOf(string billingType) => billingType switch
    {
        AsaasBilling.Pix => AsaasBillingType.Pix,
        AsaasBilling.Boleto => AsaasBillingType.Boleto,
        AsaasBilling.CreditCard => AsaasBillingType.CreditCard,
        _ => throw new PaymentProviderException($"Asaas billing type '{billingType}' is not offered; use one of {string.Join(", ", AsaasBilling.All)}."),
    };
}
