using MassTransit;
using Quartz;
using WorkflowPlatform.Host.Scheduling;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Host.Tasks;
using WorkflowPlatform.Host.Tenancy;
using Microsoft.AspNetCore.Http.Features;
using WorkflowPlatform.Activities;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Activities.Creatives;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Activities.Messaging;
using WorkflowPlatform.Activities.Nps;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Tasks;
using WorkflowPlatform.Host.Ads;
using WorkflowPlatform.Host.Ai;
using WorkflowPlatform.Host.Creatives;
using WorkflowPlatform.Host.Knowledge;
using WorkflowPlatform.Host.Payments;
using WorkflowPlatform.Host.Messaging;
using WorkflowPlatform.Host.Nps;
using WorkflowPlatform.Engine;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Api;
using WorkflowPlatform.Host.Runtime;
using WorkflowPlatform.Host.Triggers;
using WorkflowPlatform.Host.Workflows.Templates;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host;

/// <summary>Everything the host registers, as a table of contents.</summary>
internal static class PlatformServices
{
    public static WebApplicationBuilder AddWorkflowPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var maxBody = configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBody);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.ConfigureHttpJsonOptions(json => JsonDefaults.Apply(json.SerializerOptions));

        services.AddWorkflowStore(configuration);
        services.AddWorkflowEngine(engine => engine
            .AddCoreActivities()
            .AddAiActivities()
            .AddCrmActivities()
            .AddPaymentActivities()
            .AddNpsActivities()
            .AddMessagingActivities()
            .AddCreativeActivities()
            .AddAdsActivities()
            .AddTaskActivities());
        services.AddSingleton<ILlmConnections, TenantLlmConnections>();
        services.AddSingleton<ILlmCallLog, StoredLlmCallLog>();
        services.AddSingleton<ILlmBudget, TenantLlmBudget>();
        services.AddKnowledgeBase(configuration);
        services.AddSingleton<ICrm, WorkflowPlatform.Host.Crm.StoreCrm>();
        services.AddNpsSurveys();
        services.AddMessaging();
        services.AddSingleton<ICreatives, StoreCreatives>();
        services.AddSingleton<CreativeApprovals>();
        services.AddSingleton<ITeamTasks, StoreTeamTasks>();
        services.AddSingleton<KpiReport>();
        services.AddOptions<ExpressionOptions>().BindConfiguration("Expressions");
        services.AddOptions<RuntimeOptions>().BindConfiguration("Runtime");
        services.AddOptions<HttpClientOptions>().BindConfiguration("Http");
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<TemplateInstantiation>();
        services.AddSingleton<TenantSecrets>();
        services.AddSingleton<ISecretResolver>(sp => sp.GetRequiredService<TenantSecrets>());
        services.AddSingleton<PlanAdmission>();
        services.AddSingleton<IRunAdmission>(sp => sp.GetRequiredService<PlanAdmission>());
        services.AddSingleton<AuditFilter>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<IdempotencyFilter>();
        services.AddPlatformRateLimits(configuration);
        services.AddDataProtection().SetApplicationName("WorkflowPlatform");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<DataProtectionKeyStore>())));
        services.AddSingleton<HttpRouteTable>();
        services.AddSingleton<HttpTriggerAuth>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddSingleton<IWorkDispatcher, BusDispatcher>();
        services.AddHostedService<TimerPoller>();
        services.AddHostedService<RecoveryPoller>();
        services.AddWorkflowBus(configuration);
        services.AddWorkflowScheduler(configuration);
        services.AddPlatformTelemetry(configuration);
        return builder;
    }

    /// <summary>Quartz.NET: in memory on the embedded default; clustered on PostgreSQL, so each occurrence fires once.</summary>
    private static void AddWorkflowScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = string.Equals(configuration["Store:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        services.Configure<QuartzOptions>(options =>
        {
            options.Properties["quartz.scheduler.instanceName"] = "workflow-platform";
            options.Properties["quartz.scheduler.instanceId"] = "AUTO"; // unique per process, as clustering needs
        });
        services.AddQuartz(quartz =>
        {
            if (postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    // Quartz's tables are the platform's, not a tenant's: it uses the owner's connection when there is one.
                    store.UsePostgres(configuration.GetConnectionString("StoreAdmin") is { Length: > 0 } admin ? admin : configuration.GetConnectionString("Store")!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ProvisionSchema();
                });
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = false);
        services.AddHostedService<CronSync>();
    }

    private static void AddWorkflowBus(this IServiceCollection services, IConfiguration configuration)
    {
        var rabbit = configuration.GetSection("Bus:RabbitMq");
        services.AddMassTransit(bus =>
        {
            // A prefix keeps the queues of separate deployments (or test runs) on one broker apart.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(configuration["Bus:EndpointPrefix"], includeNamespace: false));
            bus.AddConsumer<RunInstanceConsumer>();
            bus.AddConsumer<StartChildConsumer>();
            bus.AddConsumer<PlatformEventConsumer>();
            bus.AddConsumer<IngestUploadConsumer>();
            bus.AddConsumer<PaymentEventConsumer>();
            if (rabbit["Host"] is { Length: > 0 } host)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(host, rabbit.GetValue<ushort?>("Port") ?? 5672, rabbit["VirtualHost"] ?? "/", h =>
                    {
                        h.Username(rabbit["Username"] ?? "guest");
                        h.Password(rabbit["Password"] ?? "guest");
                    });
                    cfg.UseMessageRetry(r => r.Intervals(50, 200, 1000));
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseMessageRetry(r => r.Intervals(50, 200, 1000));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
    }
}
