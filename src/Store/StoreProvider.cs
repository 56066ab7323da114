namespace WorkflowPlatform.Store;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
