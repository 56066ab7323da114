using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>One audit line as <c>GET /api/audit</c> shows it.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string KeyId, string KeyName, string Action, string Path, int Status);

/// <summary>The append-only audit log: this class can insert and read, nothing else.</summary>
public sealed class AuditStore(StoreDb db, TimeProvider time)
{
    public Task AppendAsync(string tenantId, string keyId, string keyName, string action, string path, int status, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, async context =>
        {
            context.Audit.Add(new AuditRow { TenantId = tenantId, At = time.GetUtcNow(), KeyId = keyId, KeyName = keyName, Action = action, Path = path, Status = status });
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Newest first; <paramref name="beforeId"/> pages back.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string tenantId, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Audit.AsNoTracking().Where(a => a.TenantId == tenantId);
        if (beforeId is { } before)
        {
            rows = rows.Where(a => a.Id < before);
        }

        var page = await rows.OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        return page.ConvertAll(a => new AuditEntry(a.Id, a.At, a.KeyId, a.KeyName, a.Action, a.Path, a.Status));
    }
}
