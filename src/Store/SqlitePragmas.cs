using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowPlatform.Store;

/// <summary>
/// Per-connection SQLite settings: NORMAL sync is durable across process crashes under WAL (only an OS crash
/// can lose the last commits), and a busy timeout covers writers in other processes.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
