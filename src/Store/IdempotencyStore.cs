using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>What was recorded for an idempotency key: the request's hash and, once answered, the answer.</summary>
public sealed record IdempotentRecord(string RequestHash, int Status, string? ContentType, byte[]? Body)
{
    public bool Answered => Status != 0;
}

/// <summary>Idempotency keys per tenant, kept 24 hours: the first request claims the key, its answer is stored for replays.</summary>
public sealed class IdempotencyStore(StoreDb db, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Claims the key for this request (null), or returns what an earlier request with the key recorded.</summary>
    public async Task<IdempotentRecord?> ClaimAsync(string tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync<IdempotentRecord?>(tenantId, async context =>
            {
                var now = time.GetUtcNow();
                var row = await context.Idempotency.FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Key == key, cancellationToken);
                if (row is not null && row.CreatedAt > now - Lifetime)
                {
                    return new IdempotentRecord(row.RequestHash, row.Status, row.ContentType, row.Body);
                }

                if (row is not null)
                {
                    context.Idempotency.Remove(row);
                    await context.SaveChangesAsync(cancellationToken);
                }

                context.Idempotency.Add(new IdempotencyRow { TenantId = tenantId, Key = key, RequestHash = requestHash, CreatedAt = now });
                await context.SaveChangesAsync(cancellationToken);
                return null;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request claimed the key at the same moment: it is in progress.
            return new IdempotentRecord(requestHash, 0, null, null);
        }
    }

    public Task CompleteAsync(string tenantId, string key, int status, string? contentType, byte[] body, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.Idempotency
            .Where(i => i.TenantId == tenantId && i.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, status).SetProperty(i => i.ContentType, contentType).SetProperty(i => i.Body, body), cancellationToken), cancellationToken);

    /// <summary>Frees the key when its request failed on our side, so the client's retry can do the work.</summary>
    public Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.Idempotency.Where(i => i.TenantId == tenantId && i.Key == key && i.Status == 0).ExecuteDeleteAsync(cancellationToken), cancellationToken);
}
