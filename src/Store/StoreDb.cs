using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>
/// Opens contexts on the configured provider. SQLite allows one writer at a time, so writes queue on an
/// in-process gate instead of spinning on SQLITE_BUSY; PostgreSQL writes run concurrently.
/// </summary>
public sealed class StoreDb
{
    private readonly Func<StoreDbContext> open;
    private readonly SemaphoreSlim? writeGate;

    internal StoreDb(Func<StoreDbContext> open, StoreProvider provider)
    {
        this.open = open;
        Provider = provider;
        writeGate = provider == StoreProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
    }

    public StoreProvider Provider { get; }

    public StoreDbContext Open() => open();

    /// <summary>Runs a write under the gate, in a transaction committed when <paramref name="write"/> returns.</summary>
    public async Task<T> WriteAsync<T>(Func<StoreDbContext, Task<T>> write, CancellationToken cancellationToken)
    {
        if (writeGate is not null)
        {
            await writeGate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var db = open();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await write(db);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            writeGate?.Release();
        }
    }

    public Task WriteAsync(Func<StoreDbContext, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            await write(db);
            return true;
        }, cancellationToken);
}
