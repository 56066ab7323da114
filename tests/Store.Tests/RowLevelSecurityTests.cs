using Npgsql;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Store.Tests;

/// <summary>PostgreSQL itself keeps tenants apart: a query with no tenant filter at all sees only its tenant's rows.</summary>
public sealed class RowLevelSecurityTests
{
    [Fact]
    public async Task Every_table_with_a_tenant_column_has_a_forced_policy()
    {
        // Migrations add the policies by hand; this catches a new tenant table that was forgotten.
        await using var store = await TestStore.CreateAsync("Postgres");
        await using var connection = new NpgsqlConnection(store.Options.AdminConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'tenant_id')
              AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))
            """, connection);
        var unprotected = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                unprotected.Add(reader.GetString(0));
            }
        }

        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task A_query_without_a_where_clause_sees_only_the_tenant_its_transaction_set()
    {
        await using var store = await TestStore.CreateAsync("Postgres");
        var now = store.Time.GetUtcNow();
        foreach (var tenant in new[] { "tenant-a", "tenant-b" })
        {
            var instance = Samples.Instance($"{tenant}-instance", now, tenant: tenant);
            await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, IsNew = true, Journal = [Samples.Entry(1, JournalEvent.Started, now)], AddedBookmarks = [Samples.Bookmark(instance, $"{tenant}-bookmark")] }, CancellationToken.None);
            await store.Definitions.SaveDraftAsync(tenant, new() { Id = "flow" }, "hash", null, CancellationToken.None);
            await store.Get<SecretStore>().SetAsync(tenant, "key", "cipher", CancellationToken.None);
        }

        await using var connection = new NpgsqlConnection(store.Options.ConnectionString); // the application's role
        await connection.OpenAsync();
        foreach (var table in new[] { "instances", "journal", "bookmarks", "definitions", "secrets", "usage" })
        {
            Assert.Equal(["tenant-a"], await TenantsSeenAsync(connection, table, "tenant-a"));
            Assert.Empty(await TenantsSeenAsync(connection, table, null));
        }

        // Writing another tenant's row is refused by the policy's check, not only hidden.
        await using var transaction = await connection.BeginTransactionAsync();
        await using var scope = new NpgsqlCommand("SELECT set_config('app.tenant_id', 'tenant-a', true)", connection, transaction);
        await scope.ExecuteNonQueryAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO secrets (tenant_id, name, protected_value, created_at, updated_at) VALUES ('tenant-b', 'x', 'y', now(), now())", connection, transaction);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal("42501", refused.SqlState); // insufficient_privilege: new row violates row-level security policy
    }

    private static async Task<List<string>> TenantsSeenAsync(NpgsqlConnection connection, string table, string? tenant)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        if (tenant is not null)
        {
            await using var scope = new NpgsqlCommand("SELECT set_config('app.tenant_id', @tenant, true)", connection, transaction);
            scope.Parameters.AddWithValue("tenant", tenant);
            await scope.ExecuteNonQueryAsync();
        }

        await using var select = new NpgsqlCommand($"SELECT DISTINCT tenant_id FROM {table}", connection, transaction);
        var seen = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                seen.Add(reader.GetString(0));
            }
        }

        await transaction.RollbackAsync();
        return seen;
    }
}
