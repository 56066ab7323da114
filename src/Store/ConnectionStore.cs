using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>A named connection: its kind and settings (which name a secret rather than hold one).</summary>
public sealed record ConnectionInfo(string Name, string Kind, JsonObject Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed class ConnectionStore(StoreDb db, TimeProvider time)
{
    public Task<ConnectionInfo> PutAsync(string tenantId, string name, string kind, JsonObject settings, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context =>
        {
            var now = time.GetUtcNow();
            var row = await context.Connections.FirstOrDefaultAsync(c => c.TenantId == tenantId && c.Kind == kind && c.Name == name, cancellationToken);
            if (row is null)
            {
                row = new ConnectionRow { TenantId = tenantId, Name = name, Kind = kind, Settings = settings.ToJsonString(), CreatedAt = now, UpdatedAt = now };
                context.Connections.Add(row);
            }
            else
            {
                row.Settings = settings.ToJsonString();
                row.UpdatedAt = now;
            }

            await context.SaveChangesAsync(cancellationToken);
            return ToInfo(row);
        }, cancellationToken);

    /// <summary>The tenant's connection of this kind with this name: names are per kind, so each kind has its own <c>default</c>.</summary>
    public async Task<ConnectionInfo?> GetAsync(string tenantId, string kind, string name, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var row = await context.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.Kind == kind && c.Name == name, cancellationToken);
        return row is null ? null : ToInfo(row);
    }

    public async Task<IReadOnlyList<ConnectionInfo>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.Connections.AsNoTracking().Where(c => c.TenantId == tenantId).OrderBy(c => c.Name).ThenBy(c => c.Kind).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToInfo);
    }

    private static ConnectionInfo ToInfo(ConnectionRow row) =>
        new(row.Name, row.Kind, JsonNode.Parse(row.Settings) as JsonObject ?? [], row.CreatedAt, row.UpdatedAt);
}
