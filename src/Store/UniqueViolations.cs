using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkflowPlatform.Store;

/// <summary>Tells a write that lost a race on a unique index (two attempts of one execution) from other failures.</summary>
internal static class UniqueViolations
{
    private const int Attempts = 5;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 };

    /// <summary>Runs the write again when a concurrent one inserted the same key first: the next attempt finds its row.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException exception) when (attempt < Attempts && Is(exception))
            {
                // Lost the race: the winner's row is committed, so the next attempt sees it.
            }
        }
    }
}
