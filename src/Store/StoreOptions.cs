namespace WorkflowPlatform.Store;

/// <summary>Which database holds the platform's state (<c>Store:Provider</c>, <c>ConnectionStrings:Store</c>).</summary>
/// <param name="AdminConnectionString">
/// PostgreSQL: the owner's connection, used to migrate and to grant the application's role its rights; the
/// application's own connection then uses a role that row-level security applies to. Null: the same connection.
/// </param>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString, string? AdminConnectionString = null)
{
    /// <summary>The embedded default: <c>workflows.db</c> in the data directory.</summary>
    public static StoreOptions SqliteIn(string dataDir) =>
        new(StoreProvider.Sqlite, $"Data Source={Path.Combine(Path.GetFullPath(dataDir), "workflows.db")}");
}
