using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>The Data Protection key ring in the store, so every host process can read what another protected.</summary>
public sealed class DataProtectionKeyStore(StoreDb db)
{
    public async Task<IReadOnlyList<string>> ListXmlAsync(CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync(cancellationToken);
    }

    public Task AddAsync(string friendlyName, string xml, CancellationToken cancellationToken) =>
        db.WriteAsync(StoreDb.AllTenants, async context =>
        {
            context.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = xml });
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
}
