using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkflowPlatform.Store;

/// <summary>
/// Migrates PostgreSQL with the owner's connection, then grants the application's role (the user of the
/// application's connection string, when it is another user) what it needs: rows of every table, but only
/// SELECT and INSERT on the audit log, which is append-only. Row-level security applies to that role.
/// </summary>
internal static class PostgresSetup
{
    public static async Task MigrateAsync(StoreOptions options, CancellationToken cancellationToken)
    {
        var admin = options.AdminConnectionString ?? options.ConnectionString;
        await using (var context = new PostgresStoreDbContext(new DbContextOptionsBuilder<PostgresStoreDbContext>().UseNpgsql(admin, PostgresStoreDbContext.Configure).Options))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        var appUser = new NpgsqlConnectionStringBuilder(options.ConnectionString).Username;
        if (options.AdminConnectionString is null || appUser is null || appUser == new NpgsqlConnectionStringBuilder(admin).Username)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(appUser);
        await using var grant = new NpgsqlCommand(
            $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE ON audit FROM {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            """, connection);
        await grant.ExecuteNonQueryAsync(cancellationToken);
    }
}
