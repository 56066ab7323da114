using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>Uploads on their way into a knowledge space: the file until it is ingested, then its status.</summary>
public sealed class RagUploadStore(StoreDb db, TimeProvider time)
{
    public Task CreateAsync(RagUploadRow upload, CancellationToken cancellationToken) =>
        db.WriteAsync(upload.TenantId, async context =>
        {
            upload.CreatedAt = upload.UpdatedAt = time.GetUtcNow();
            context.RagUploads.Add(upload);
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The upload without its bytes.</summary>
    public async Task<RagUploadRow?> GetAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagUploads.AsNoTracking().Where(u => u.TenantId == tenantId && u.Id == id)
            .Select(u => new RagUploadRow
            {
                TenantId = u.TenantId, Id = u.Id, SpaceId = u.SpaceId, FileName = u.FileName, ContentType = u.ContentType, Status = u.Status,
                Progress = u.Progress, Chunks = u.Chunks, DocumentId = u.DocumentId, Error = u.Error, CreatedAt = u.CreatedAt, UpdatedAt = u.UpdatedAt,
            })
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The upload with its bytes, while it still waits to be ingested.</summary>
    public async Task<RagUploadRow?> GetPendingAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.RagUploads.AsNoTracking().FirstOrDefaultAsync(u => u.TenantId == tenantId && u.Id == id && u.Content != null, cancellationToken);
    }

    public Task ReportAsync(string tenantId, string id, string status, double progress, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.RagUploads.Where(u => u.TenantId == tenantId && u.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, status).SetProperty(x => x.Progress, progress).SetProperty(x => x.UpdatedAt, time.GetUtcNow()), cancellationToken),
            cancellationToken);

    /// <summary>Ends the upload (Done or Failed) and lets its bytes go.</summary>
    public Task FinishAsync(string tenantId, string id, string status, int chunks, string? documentId, string? error, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.RagUploads.Where(u => u.TenantId == tenantId && u.Id == id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, status).SetProperty(x => x.Progress, x => status == "Done" ? 1.0 : x.Progress).SetProperty(x => x.Chunks, chunks)
                .SetProperty(x => x.DocumentId, documentId).SetProperty(x => x.Error, error)
                .SetProperty(x => x.Content, (byte[]?)null).SetProperty(x => x.UpdatedAt, time.GetUtcNow()), cancellationToken),
            cancellationToken);
}
