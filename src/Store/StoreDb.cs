using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>
/// Opens contexts on the configured provider, scoped to one tenant. On PostgreSQL every use runs in a transaction
/// that first sets <c>app.tenant_id</c> (SET LOCAL), which the row-level security policies check; SQLite has no
/// such policies and relies on the queries' own tenant filters. SQLite allows one writer at a time, so writes
/// queue on an in-process gate instead of spinning on SQLITE_BUSY.
/// </summary>
public sealed class StoreDb
{
    /// <summary>The scope of the platform's own cross-tenant work (timers, recovery, key look-up), never of a request.</summary>
    public const string AllTenants = "*";

    private readonly Func<StoreDbContext> open;
    private readonly SemaphoreSlim? writeGate;

    internal StoreDb(Func<StoreDbContext> open, StoreProvider provider)
    {
        this.open = open;
        Provider = provider;
        writeGate = provider == StoreProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
    }

    public StoreProvider Provider { get; }

    /// <summary>A context for reads within the tenant (disposing it ends its transaction).</summary>
    public async Task<StoreDbContext> OpenAsync(string tenantId, CancellationToken cancellationToken)
    {
        var context = open();
        if (Provider == StoreProvider.Postgres)
        {
            await context.Database.BeginTransactionAsync(cancellationToken);
            await ScopeAsync(context, tenantId, cancellationToken);
        }

        return context;
    }

    /// <summary>Runs a write within the tenant, under the gate, in a transaction committed when <paramref name="write"/> returns.</summary>
    public async Task<T> WriteAsync<T>(string tenantId, Func<StoreDbContext, Task<T>> write, CancellationToken cancellationToken)
    {
        if (writeGate is not null)
        {
            await writeGate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var db = open();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (Provider == StoreProvider.Postgres)
            {
                await ScopeAsync(db, tenantId, cancellationToken);
            }

            var result = await write(db);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            writeGate?.Release();
        }
    }

    public Task WriteAsync(string tenantId, Func<StoreDbContext, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, async db =>
        {
            await write(db);
            return true;
        }, cancellationToken);

    private static Task ScopeAsync(StoreDbContext context, string tenantId, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync("SELECT set_config('app.tenant_id', {0}, true)", [tenantId], cancellationToken);
}
