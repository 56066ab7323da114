namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>Asaas's webhook routes (no API key: each delivery carries the connection's token in <c>asaas-access-token</c>).</summary>
internal static class AsaasWebhookEndpoints
{
    public static IEndpointRouteBuilder MapAsaasWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/asaas", (HttpContext http, AsaasWebhookReceiver receiver) => receiver.ReceiveAsync(http, "default"))
            .WithTags("Webhooks").WithSummary("Asaas events for tenant default");
        app.MapPost("/webhooks/asaas/{tenant}", (string tenant, HttpContext http, AsaasWebhookReceiver receiver) => receiver.ReceiveAsync(http, tenant))
            .WithTags("Webhooks").WithSummary("Asaas events for a tenant's asaas connection (?connection=name, default 'default')");
        return app;
    }
}
