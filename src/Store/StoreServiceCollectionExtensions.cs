using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Reads <c>Store:Provider</c>, <c>ConnectionStrings:Store</c> and <c>DataDir</c>, and registers the store.</summary>
    public static IServiceCollection AddWorkflowStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Store:Provider"] is { Length: > 0 } name
            ? Enum.TryParse<StoreProvider>(name, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Store:Provider '{name}' is not known; use Sqlite or Postgres.")
            : StoreProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Store");
        var options = connectionString is { Length: > 0 }
            ? new StoreOptions(provider, connectionString, configuration.GetConnectionString("StoreAdmin") is { Length: > 0 } admin ? admin : null)
            : provider == StoreProvider.Sqlite
                ? StoreOptions.SqliteIn(configuration["DataDir"] ?? "./data")
                : throw new InvalidOperationException("Store:Provider is Postgres but ConnectionStrings:Store is not set.");
        return services.AddWorkflowStore(options);
    }

    public static IServiceCollection AddWorkflowStore(this IServiceCollection services, StoreOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == StoreProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteStoreDbContext>(db => db
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(new SqlitePragmas()));
            services.AddSingleton(sp => new StoreDb(sp.GetRequiredService<IDbContextFactory<SqliteStoreDbContext>>().CreateDbContext, StoreProvider.Sqlite));
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresStoreDbContext>(db => db.UseNpgsql(options.ConnectionString, PostgresStoreDbContext.Configure));
            services.AddSingleton(sp => new StoreDb(sp.GetRequiredService<IDbContextFactory<PostgresStoreDbContext>>().CreateDbContext, StoreProvider.Postgres));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInstanceStore, EfInstanceStore>();
        services.AddSingleton<IDefinitionStore, EfDefinitionStore>();
        services.AddSingleton<AccessStore>();
        services.AddSingleton<SecretStore>();
        services.AddSingleton<ConnectionStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<UsageStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<DataProtectionKeyStore>();
        services.AddSingleton<LlmCallStore>();
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton<RagUploadStore>();
        services.AddSingleton<PaymentStore>();
        services.AddSingleton<NpsStore>();
        services.AddSingleton<MetricsStore>();
        services.AddSingleton<CrmStore>();
        services.AddSingleton<DealSearchStore>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<CreativeStore>();
        services.AddSingleton<AdMetricStore>();
        services.AddSingleton<TaskStore>();
        return services;
    }

    /// <summary>Creates or upgrades the schema (and turns on WAL for SQLite, which the database file remembers).</summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<StoreOptions>();
        if (options.Provider == StoreProvider.Sqlite && new SqliteConnectionStringBuilder(options.ConnectionString).DataSource is { Length: > 0 } file
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        if (options.Provider == StoreProvider.Postgres)
        {
            await PostgresSetup.MigrateAsync(options, cancellationToken);
            return;
        }

        await using var context = new SqliteStoreDbContext(new DbContextOptionsBuilder<SqliteStoreDbContext>().UseSqlite(options.ConnectionString).Options);
        await context.Database.MigrateAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
