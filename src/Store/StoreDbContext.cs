using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// The platform's tables. Each provider has its own subclass so that each keeps its own migrations;
/// every table carries <c>tenant_id</c>.
/// </summary>
public abstract class StoreDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TenantRow> Tenants => Set<TenantRow>();
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();
    public DbSet<ResumeRow> Resumes => Set<ResumeRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRow>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
        });

        modelBuilder.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.HasIndex(k => k.TenantId);
        });

        modelBuilder.Entity<DefinitionRow>(e =>
        {
            e.ToTable("definitions");
            e.HasKey(d => new { d.TenantId, d.Id, d.Version });
            e.HasIndex(d => new { d.IsPublished, d.IsDeleted });
        });

        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("instances");
            e.HasKey(i => i.Id);
            e.HasIndex(i => new { i.TenantId, i.CreatedAt });
            e.HasIndex(i => new { i.TenantId, i.DefinitionId });
            e.HasIndex(i => new { i.TenantId, i.CorrelationId });
            e.HasIndex(i => new { i.Status, i.LeaseUntil });
        });

        modelBuilder.Entity<BookmarkRow>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(b => b.Id);
            e.HasIndex(b => new { b.TenantId, b.Kind, b.Key });
            e.HasIndex(b => b.Token).IsUnique();
            e.HasIndex(b => b.FireAt);
            e.HasIndex(b => b.InstanceId);
        });

        modelBuilder.Entity<ResumeRow>(e =>
        {
            e.ToTable("resumes");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.InstanceId);
        });

        modelBuilder.Entity<JournalRow>(e =>
        {
            e.ToTable("journal");
            e.HasKey(j => new { j.InstanceId, j.Seq });
            e.HasIndex(j => j.TenantId);
        });

        SnakeCaseNames.Apply(modelBuilder);
    }
}
