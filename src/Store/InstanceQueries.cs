using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// The reads on the hot path of every burst and resume, compiled once: EF Core then skips translating the LINQ
/// tree on each call. A compiled query serves one model, so each store (one provider) has its own set.
/// </summary>
internal sealed class InstanceQueries
{
    public readonly Func<StoreDbContext, string, string, CancellationToken, Task<InstanceRow?>> Instance =
        EF.CompileAsyncQuery((StoreDbContext db, string tenantId, string instanceId, CancellationToken _) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == instanceId && i.TenantId == tenantId));

    public readonly Func<StoreDbContext, string, IAsyncEnumerable<BookmarkRow>> BookmarksOf =
        EF.CompileAsyncQuery<StoreDbContext, string, BookmarkRow>((db, instanceId) =>
            db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id));

    public readonly Func<StoreDbContext, string, IAsyncEnumerable<ResumeRow>> ResumesOf =
        EF.CompileAsyncQuery<StoreDbContext, string, ResumeRow>((db, instanceId) =>
            db.Resumes.AsNoTracking().Where(r => r.InstanceId == instanceId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id));

    public readonly Func<StoreDbContext, string, string, string, IAsyncEnumerable<BookmarkRow>> BookmarksByKey =
        EF.CompileAsyncQuery<StoreDbContext, string, string, string, BookmarkRow>((db, tenantId, kind, key) =>
            db.Bookmarks.AsNoTracking().Where(b => b.TenantId == tenantId && b.Kind == kind && b.Key == key).OrderBy(b => b.CreatedAt));

}

internal static class AsyncEnumerableList
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }
}
