using Microsoft.EntityFrameworkCore;

namespace WorkflowPlatform.Store;

/// <summary>The shared store for many processes (timestamptz columns, real row locks).</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<PostgresStoreDbContext> options) : StoreDbContext(options);
