using Microsoft.Extensions.Options;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// <c>POST /webhooks/asaas/{tenant}</c>: the <c>asaas-access-token</c> header is compared in constant time with the
/// tenant's connection's webhook token (Asaas signs nothing; the token is its only proof), the body is read as an
/// Asaas event, a <c>PAYMENT_*</c> event is stored once by its id, and the answer is 200; processing follows on the
/// bus. An event about something else (a subscription, a transfer) is acknowledged with 200 and ignored: Asaas counts
/// any other answer as a failure and pauses the queue after 15. Anything wrong is a 4xx naming it, and nothing is stored.
/// </summary>
internal sealed class AsaasWebhookReceiver(AccessStore access, AsaasConnections connections, PaymentWebhookIntake intake, IOptions<PaymentOptions> options)
{
    public const string DefaultConnection = "default";

    public async Task<IResult> ReceiveAsync(HttpContext http, string tenantId)
    {
        var cancellationToken = http.RequestAborted;
        if (!await access.TenantExistsAsync(tenantId, cancellationToken))
        {
            return Problems.NotFound($"Tenant '{tenantId}' does not exist.");
        }

        var connection = http.Request.Query["connection"].FirstOrDefault() is { Length: > 0 } named ? named : DefaultConnection;
        var (token, problem) = await connections.WebhookTokenAsync(tenantId, connection, cancellationToken);
        if (token is null)
        {
            return Problems.NotFound($"Asaas webhooks cannot be verified for tenant '{tenantId}': {problem}");
        }

        if (!http.Request.Headers.ContainsKey(AsaasWebhook.TokenHeader))
        {
            return Problems.Unauthorized($"The {AsaasWebhook.TokenHeader} header is missing.");
        }

        if (!AsaasWebhook.IsAuthentic(http.Request.Headers, token))
        {
            return Problems.Unauthorized($"The {AsaasWebhook.TokenHeader} header does not match the webhook token of asaas connection '{connection}'.");
        }

        var payload = await WebhookBodies.ReadAsync(http, options.Value.MaxWebhookBytes);
        AsaasPaymentEvent? news;
        try
        {
            news = AsaasWebhook.Parse(payload);
        }
        catch (AsaasWebhookFormatException exception)
        {
            return Problems.BadRequest(exception.Message);
        }

        if (news is null)
        {
            return Results.Ok(new { received = true, ignored = true });
        }

        var stored = await intake.AcceptAsync(tenantId, AsaasCharges.Provider, news.EventId, news.Event, payload, cancellationToken);
        return Results.Ok(new { received = true, duplicate = !stored });
    }
}
