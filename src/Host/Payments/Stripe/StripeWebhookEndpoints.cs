namespace WorkflowPlatform.Host.Payments.Stripe;

/// <summary>Stripe's webhook routes (no API key: each event is authenticated by its signature).</summary>
internal static class StripeWebhookEndpoints
{
    public static IEndpointRouteBuilder MapStripeWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/stripe", (HttpContext http, StripeWebhookReceiver receiver) => receiver.ReceiveAsync(http, "default"))
            .WithTags("Webhooks").WithSummary("Stripe events for tenant default");
        app.MapPost("/webhooks/stripe/{tenant}", (string tenant, HttpContext http, StripeWebhookReceiver receiver) => receiver.ReceiveAsync(http, tenant))
            .WithTags("Webhooks").WithSummary("Stripe events for a tenant's stripe connection (?connection=name, default 'default')");
        return app;
    }
}
