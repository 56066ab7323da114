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

    /// <summary>
    /// Stores the secret only if the name is free, and returns the value stored under it: the given one, or the one that
    /// was there (or that a concurrent caller stored first), so every process ends up with the same value.
    /// </summary>
    public async Task<string> AddIfAbsentAsync(string tenantId, string name, string protectedValue, CancellationToken cancellationToken)
    {
        try
        {
            await db.WriteAsync(tenantId, async context =>
            {
                if (!await context.Secrets.AnyAsync(s => s.TenantId == tenantId && s.Name == name, cancellationToken))
                {
                    var now = time.GetUtcNow();
                    context.Secrets.Add(new SecretRow { TenantId = tenantId, Name = name, ProtectedValue = protectedValue, CreatedAt = now, UpdatedAt = now });
                    await context.SaveChangesAsync(cancellationToken);
                }
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process stored it at the same moment: its value is the one read below.
        }

        return await GetProtectedAsync(tenantId, name, cancellationToken) ?? throw new InvalidOperationException($"Secret '{name}' could not be stored.");
    }

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
