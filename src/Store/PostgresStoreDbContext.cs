using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace WorkflowPlatform.Store;

/// <summary>The shared store for many processes (timestamptz columns, real row locks).</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<PostgresStoreDbContext> options) : StoreDbContext(options)
{
    /// <summary>
    /// Every name is schema-qualified: a session where the pgvector library was loaded may have its search_path
    /// reset (PGlite does that), and qualified SQL is valid everywhere.
    /// </summary>
    public const string Schema = "public";

    public static void Configure(NpgsqlDbContextOptionsBuilder npgsql) => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", Schema);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
    }
}
