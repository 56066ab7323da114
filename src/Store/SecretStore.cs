using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>A secret as listed by the API: never its value.</summary>
public sealed record SecretInfo(string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Tenant secrets as ciphertext; protecting and unprotecting is the host's (Data Protection) job.</summary>
public sealed class SecretStore(StoreDb db, TimeProvider time)
{
    public Task SetAsync(string tenantId, string name, string protectedValue, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context =>
        {
            var now = time.GetUtcNow();
            var row = await context.Secrets.FirstOrDefaultAsync(s => s.TenantId == tenantId && s.Name == name, cancellationToken);
            if (row is null)
            {
                context.Secrets.Add(new SecretRow { TenantId = tenantId, Name = name, ProtectedValue = protectedValue, CreatedAt = now, UpdatedAt = now });
            }
            else
            {
                row.ProtectedValue = protectedValue;
                row.UpdatedAt = now;
            }

            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public async Task<string?> GetProtectedAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Secrets.Where(s => s.TenantId == tenantId && s.Name == name).Select(s => s.ProtectedValue).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SecretInfo>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.Secrets.AsNoTracking().Where(s => s.TenantId == tenantId).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return rows.ConvertAll(s => new SecretInfo(s.Name, s.CreatedAt, s.UpdatedAt));
    }

    public Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context => await context.Secrets.Where(s => s.TenantId == tenantId && s.Name == name).ExecuteDeleteAsync(cancellationToken) > 0, cancellationToken);
}
