using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Store.Tests;

/// <summary>
/// A fresh, migrated store on the named provider: a SQLite file in a temp directory, or a new database on the
/// PostgreSQL that scripts/test.sh starts (WORKFLOW_TEST_POSTGRES).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Func<Task> cleanup;

    private TestStore(ServiceProvider services, FakeTimeProvider time, Func<Task> cleanup)
    {
        this.services = services;
        this.cleanup = cleanup;
        Time = time;
    }

    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    public FakeTimeProvider Time { get; }
    public EfInstanceStore Instances => (EfInstanceStore)services.GetRequiredService<Engine.Runtime.IInstanceStore>();
    public EfDefinitionStore Definitions => (EfDefinitionStore)services.GetRequiredService<Engine.Runtime.IDefinitionStore>();
    public AccessStore Access => services.GetRequiredService<AccessStore>();
    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public static async Task<TestStore> CreateAsync(string provider)
    {
        StoreOptions options;
        Func<Task> cleanup;
        if (provider == "Sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("wfp-store-");
            options = StoreOptions.SqliteIn(directory.FullName);
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                directory.Delete(recursive: true);
                return Task.CompletedTask;
            };
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
                         ?? throw new InvalidOperationException("WORKFLOW_TEST_POSTGRES is not set: run the tests through scripts/test.sh, which starts PostgreSQL.");
            var database = "store_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(server, $"CREATE DATABASE {database}");
            var admin = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            options = new StoreOptions(StoreProvider.Postgres, AppConnection(server, database), admin);
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            };
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddWorkflowStore(options);
        var store = new TestStore(collection.BuildServiceProvider(), time, cleanup);
        await store.services.MigrateStoreAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await cleanup();
    }

    /// <summary>The application's connection: the role row-level security binds (scripts/lib/postgres.sh creates it).</summary>
    public static string AppConnection(string server, string database)
    {
        var user = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES_APP_USER")
                   ?? throw new InvalidOperationException("WORKFLOW_TEST_POSTGRES_APP_USER is not set: run the tests through scripts/test.sh.");
        return new NpgsqlConnectionStringBuilder(server) { Database = database, Username = user, Password = user }.ConnectionString;
    }

    /// <summary>The store's options, for tests that open their own connections.</summary>
    public StoreOptions Options => services.GetRequiredService<StoreOptions>();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
