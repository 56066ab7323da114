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
    public DbSet<SecretRow> Secrets => Set<SecretRow>();
    public DbSet<ConnectionRow> Connections => Set<ConnectionRow>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<UsageRow> Usage => Set<UsageRow>();
    public DbSet<IdempotencyRow> Idempotency => Set<IdempotencyRow>();
    public DbSet<LlmCallRow> LlmCalls => Set<LlmCallRow>();
    public DbSet<RagSpaceRow> RagSpaces => Set<RagSpaceRow>();
    public DbSet<RagDocumentRow> RagDocuments => Set<RagDocumentRow>();
    public DbSet<RagChunkRow> RagChunks => Set<RagChunkRow>();
    public DbSet<RagUploadRow> RagUploads => Set<RagUploadRow>();
    public DbSet<LeadRow> Leads => Set<LeadRow>();
    public DbSet<ThreadRow> Threads => Set<ThreadRow>();
    public DbSet<MessageRow> Messages => Set<MessageRow>();
    public DbSet<DealRow> Deals => Set<DealRow>();
    public DbSet<InvoiceRow> Invoices => Set<InvoiceRow>();
    public DbSet<PaymentRow> Payments => Set<PaymentRow>();
    public DbSet<WebhookEventRow> WebhookEvents => Set<WebhookEventRow>();
    public DbSet<NpsSurveyRow> NpsSurveys => Set<NpsSurveyRow>();
    public DbSet<CreativeRow> Creatives => Set<CreativeRow>();
    public DbSet<CreativeDealRow> CreativeDeals => Set<CreativeDealRow>();
    public DbSet<AdMetricRow> AdMetrics => Set<AdMetricRow>();
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();

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

        modelBuilder.Entity<SecretRow>(e =>
        {
            e.ToTable("secrets");
            e.HasKey(x => new { x.TenantId, x.Name });
        });

        modelBuilder.Entity<ConnectionRow>(e =>
        {
            e.ToTable("connections");
            e.HasKey(x => new { x.TenantId, x.Kind, x.Name }); // a tenant's default of each kind is the one named default
        });

        modelBuilder.Entity<DataProtectionKeyRow>(e =>
        {
            e.ToTable("data_protection_keys");
            e.HasKey(x => x.Id);
        });

        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.Id });
        });

        modelBuilder.Entity<UsageRow>(e =>
        {
            e.ToTable("usage");
            e.HasKey(x => new { x.TenantId, x.Month });
        });

        modelBuilder.Entity<IdempotencyRow>(e =>
        {
            e.ToTable("idempotency");
            e.HasKey(x => new { x.TenantId, x.Key });
            e.HasIndex(x => x.CreatedAt);
        });

        modelBuilder.Entity<LlmCallRow>(e =>
        {
            e.ToTable("llm_calls");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.InstanceId });
            e.HasIndex(x => new { x.TenantId, x.At });
        });

        modelBuilder.Entity<RagSpaceRow>(e =>
        {
            e.ToTable("rag_spaces");
            e.HasKey(x => new { x.TenantId, x.Id });
        });

        modelBuilder.Entity<RagDocumentRow>(e =>
        {
            e.ToTable("rag_documents");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.SpaceId, x.ContentHash });
            e.HasIndex(x => new { x.TenantId, x.SpaceId, x.Source }); // re-ingesting a source finds the document it replaces
        });

        modelBuilder.Entity<RagChunkRow>(e =>
        {
            e.ToTable("rag_chunks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.SpaceId });
            e.HasIndex(x => new { x.TenantId, x.DocumentId });
        });

        modelBuilder.Entity<RagUploadRow>(e =>
        {
            e.ToTable("rag_uploads");
            e.HasKey(x => new { x.TenantId, x.Id });
        });

        modelBuilder.Entity<LeadRow>(e =>
        {
            e.ToTable("leads");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.Email }).IsUnique(); // two upserts racing: the second updates
            e.HasIndex(x => new { x.TenantId, x.Phone }).IsUnique();
        });

        modelBuilder.Entity<ThreadRow>(e =>
        {
            e.ToTable("threads");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.Channel, x.ExternalId }).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.LeadId });
        });

        modelBuilder.Entity<MessageRow>(e =>
        {
            e.ToTable("messages");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.ThreadId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.ExecutionId }).IsUnique(); // NULLs do not collide
        });

        modelBuilder.Entity<DealRow>(e =>
        {
            e.ToTable("deals");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.LeadId });
            e.HasIndex(x => new { x.TenantId, x.WonAt });
        });

        modelBuilder.Entity<InvoiceRow>(e =>
        {
            e.ToTable("invoices");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.Provider, x.ExternalId });
            e.HasIndex(x => new { x.Status, x.DueAt });
        });

        modelBuilder.Entity<PaymentRow>(e =>
        {
            e.ToTable("payments");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.Provider, x.ExternalId }).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.InvoiceId });
        });

        modelBuilder.Entity<WebhookEventRow>(e =>
        {
            e.ToTable("webhook_events");
            e.HasKey(x => new { x.TenantId, x.Provider, x.EventId });
            e.HasIndex(x => x.ProcessedAt);
        });

        modelBuilder.Entity<NpsSurveyRow>(e =>
        {
            e.ToTable("nps_surveys");
            e.HasKey(x => x.Token);
            e.HasIndex(x => new { x.TenantId, x.AnsweredAt });
            e.HasIndex(x => new { x.TenantId, x.DealId });
        });

        modelBuilder.Entity<CreativeRow>(e =>
        {
            e.ToTable("creatives");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.ExecutionId }).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.CampaignId });
            e.HasIndex(x => new { x.TenantId, x.BatchId });
        });

        modelBuilder.Entity<CreativeDealRow>(e =>
        {
            e.ToTable("creative_deals");
            e.HasKey(x => new { x.TenantId, x.CreativeId, x.DealId });
        });

        modelBuilder.Entity<AdMetricRow>(e =>
        {
            e.ToTable("ad_metrics");
            e.HasKey(x => new { x.TenantId, x.CampaignId, x.Date });
            e.HasIndex(x => new { x.TenantId, x.Date });
        });

        modelBuilder.Entity<TaskRow>(e =>
        {
            e.ToTable("tasks");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.ExecutionId }).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.Status, x.CreatedAt });
            e.HasIndex(x => new { x.TenantId, x.LeadId });
        });

        modelBuilder.Entity<NotificationRow>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => new { x.TenantId, x.ExecutionId });
        });

        SnakeCaseNames.Apply(modelBuilder);
    }
}
