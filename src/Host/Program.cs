using Scalar.AspNetCore;
using WorkflowPlatform.Host;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Payments;
using WorkflowPlatform.Host.Nps;
using WorkflowPlatform.Host.Api;
using WorkflowPlatform.Host.Tenancy;
using WorkflowPlatform.Host.Triggers;
using WorkflowPlatform.Host.Workflows;
using WorkflowPlatform.Host.Workflows.Templates;
using WorkflowPlatform.Store;

// Settings files sit next to the binary; relative paths such as DataDir stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddWorkflowPlatform();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();

app.MapOpenApi("/openapi/v1.json");
app.MapScalarApiReference("/scalar", options => options.WithOpenApiRoutePattern("/openapi/v1.json"));
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

var api = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>().AddEndpointFilter<IdempotencyFilter>().AddEndpointFilter<AuditFilter>();
api.MapDefinitionEndpoints();
api.MapTemplateEndpoints();
api.MapRunEndpoints();
api.MapAgentEndpoints();
api.MapKnowledgeEndpoints();
api.MapCrmEndpoints();
api.MapCreativeEndpoints();
api.MapTaskEndpoints();
api.MapInstanceEndpoints();
api.MapAccessEndpoints();
api.MapSecretEndpoints();
api.MapTenantEndpoints();
api.MapPaymentEndpoints();
api.MapMetricsEndpoints();
app.MapHttpTriggers();
app.MapPaymentWebhooks();
app.MapNpsPages();
app.MapStudio(); // last: the Studio's files at /, and its fallback to index.html

var startupLogger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WorkflowPlatform.Startup");
await app.Services.MigrateStoreAsync(CancellationToken.None);
await AdminKeyBootstrap.RunAsync(app.Services, app.Configuration, startupLogger, CancellationToken.None);
await WorkflowFolder.LoadAsync(app.Services, app.Configuration, startupLogger, CancellationToken.None);
await app.RunAsync();

/// <summary>The entry point, public for WebApplicationFactory in the host tests.</summary>
public partial class Program;
