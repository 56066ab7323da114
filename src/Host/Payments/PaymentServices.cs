using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Engine.Sdk;
using WorkflowPlatform.Host.Payments.Asaas;
using WorkflowPlatform.Host.Payments.Stripe;

namespace WorkflowPlatform.Host.Payments;

/// <summary>
/// The payments family: the activities, the core (settlement, webhook intake and processing, the reconciler) and
/// each provider. A provider adds its <see cref="IPaymentProvider"/>, its activities and its webhook route here; the
/// bus consumer (<see cref="PaymentEventConsumer"/>) is added with the bus.
/// </summary>
internal static class PaymentServices
{
    public static IWorkflowBuilder AddPaymentActivities(this IWorkflowBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PaymentOptions>().BindConfiguration("Payments")
            .Validate(o => o.ReconcileEvery > TimeSpan.Zero && o.ReconcileAfter >= TimeSpan.Zero && o.MaxWebhookBytes > 0,
                "Payments:ReconcileEvery must be positive, Payments:ReconcileAfter not negative, Payments:MaxWebhookBytes positive.")
            .ValidateOnStart();
        services.AddSingleton<IPaymentInvoices, StoredInvoices>();
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<PaymentEvents>();
        services.AddSingleton<PaymentWebhookIntake>();
        services.AddHostedService<PaymentReconciler>();

        services.AddHttpClient(StripeConnections.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(80));
        services.AddSingleton<ProviderConnections>();
        services.AddSingleton<StripeConnections>();
        services.AddSingleton<IStripeCheckout, StripeCheckouts>();
        services.AddSingleton<IPaymentProvider, StripePayments>();
        services.AddSingleton<StripeWebhookReceiver>();

        // Asaas has no idempotency header and the client never retries: a charge is re-asked only by a re-run, which looks it up first.
        services.AddHttpClient(AsaasConnections.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<AsaasConnections>();
        services.AddSingleton<IAsaasCharges, AsaasCharges>();
        services.AddSingleton<IPaymentProvider, AsaasPayments>();
        services.AddSingleton<AsaasWebhookReceiver>();

        return builder
            .AddActivity<CreateStripeCheckout>()
            .AddActivity<CreateAsaasCharge>()
            .AddActivity<WaitForPayment>();
    }

    /// <summary>The providers' webhook routes (no API key: each provider authenticates its own way).</summary>
    public static IEndpointRouteBuilder MapPaymentWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapStripeWebhooks();
        app.MapAsaasWebhooks();
        return app;
    }
}
