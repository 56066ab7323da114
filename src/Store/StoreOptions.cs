namespace WorkflowPlatform.Store;

/// <summary>Which database holds the platform's state (<c>Store:Provider</c>, <c>ConnectionStrings:Store</c>).</summary>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString)
{
    /// <summary>The embedded default: <c>workflows.db</c> in the data directory.</summary>
    public static StoreOptions SqliteIn(string dataDir) =>
        new(StoreProvider.Sqlite, $"Data Source={Path.Combine(Path.GetFullPath(dataDir), "workflows.db")}");
}
