using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using static WorkflowPlatform.Store.RowMapping;

namespace WorkflowPlatform.Store;

/// <summary>Definition versions: every save is a new row; one row per definition carries the published flag.</summary>
public sealed class EfDefinitionStore(StoreDb db, TimeProvider time) : IDefinitionStore
{
    public async Task<StoredDefinition> SaveDraftAsync(string tenantId, WorkflowDefinition definition, string contentHash, string? createdBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.WriteAsync(tenantId, async context =>
                {
                    if (db.Provider == StoreProvider.Postgres)
                    {
                        // Saves of one definition queue here, so each reads the version the previous one wrote.
                        await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", [$"definition:{tenantId}:{definition.Id}"], cancellationToken);
                    }

                    var latest = await context.Definitions
                        .Where(d => d.TenantId == tenantId && d.Id == definition.Id)
                        .MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
                    var row = ToRow(tenantId, definition with { Version = latest + 1 }, contentHash, createdBy, time.GetUtcNow());
                    context.Definitions.Add(row);
                    await context.SaveChangesAsync(cancellationToken);
                    return ToStored(row);
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another process saved the same version number first; take the next one.
            }
        }
    }

    public async Task<StoredDefinition?> GetAsync(string tenantId, string id, int? version, CancellationToken cancellationToken, bool includeDeleted = false)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Definitions.AsNoTracking().Where(d => d.TenantId == tenantId && d.Id == id);
        if (!includeDeleted)
        {
            rows = rows.Where(d => !d.IsDeleted);
        }

        if (version is { } number)
        {
            rows = rows.Where(d => d.Version == number);
        }

        var row = await rows.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<StoredDefinition?> GetPublishedAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var row = await context.Definitions.AsNoTracking()
            .FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id && d.IsPublished && !d.IsDeleted, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public Task<StoredDefinition?> PublishAsync(string tenantId, string id, int version, CancellationToken cancellationToken) =>
        db.WriteAsync<StoredDefinition?>(tenantId, async context =>
        {
            var target = await context.Definitions
                .FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id && d.Version == version && !d.IsDeleted, cancellationToken);
            if (target is null)
            {
                return null;
            }

            await context.Definitions
                .Where(d => d.TenantId == tenantId && d.Id == id && d.IsPublished && d.Version != version)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.IsPublished, false), cancellationToken);
            target.IsPublished = true;
            await context.SaveChangesAsync(cancellationToken);
            return ToStored(target);
        }, cancellationToken);

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.Definitions.AsNoTracking()
            .Where(d => d.TenantId == tenantId && !d.IsDeleted)
            .Select(d => new { d.Id, d.Version, d.Name, d.Tags, d.IsPublished, d.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.Id)
            .Select(versions =>
            {
                var latest = versions.MaxBy(d => d.Version)!;
                var published = versions.FirstOrDefault(d => d.IsPublished);
                return new DefinitionSummary(latest.Id, latest.Name, ParseTags(latest.Tags), latest.Version, published?.Version, latest.CreatedAt);
            })
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<DefinitionVersionInfo>> ListVersionsAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.Definitions.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.Id == id && !d.IsDeleted)
            .OrderBy(d => d.Version)
            .Select(d => new { d.Version, d.IsPublished, d.CreatedAt, d.CreatedBy })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(d => new DefinitionVersionInfo(d.Version, d.IsPublished, d.CreatedAt, d.CreatedBy));
    }

    public Task<bool> DeleteAsync(string tenantId, string id, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context => await context.Definitions
            .Where(d => d.TenantId == tenantId && d.Id == id && !d.IsDeleted)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.IsDeleted, true).SetProperty(d => d.IsPublished, false), cancellationToken) > 0, cancellationToken);

    public async Task<IReadOnlyList<StoredDefinition>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var rows = await context.Definitions.AsNoTracking().Where(d => d.IsPublished && !d.IsDeleted).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToStored);
    }
}
