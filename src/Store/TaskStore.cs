using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// Follow-up tasks for the team: created by an activity execution (one per execution, also when two attempts race),
/// listed, and marked done once. Every read and write is per tenant.
/// </summary>
public sealed class TaskStore(StoreDb db, TimeProvider time)
{
    public const string Open = "open";
    public const string Done = "done";

    /// <summary>
    /// Stores the task as open unless its execution (when it has one) stored a task already; returns the stored task
    /// (the earlier one on a re-run, whatever this call was given).
    /// </summary>
    public async Task<TaskRow> CreateAsync(TaskRow task, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(task.TenantId, async context =>
            {
                if (task.ExecutionId is { } executionId && await FindByExecutionAsync(context, task.TenantId, executionId, cancellationToken) is { } existing)
                {
                    return existing;
                }

                task.Status = Open;
                task.CreatedAt = task.UpdatedAt = time.GetUtcNow();
                task.DoneAt = null;
                context.Tasks.Add(task);
                await context.SaveChangesAsync(cancellationToken);
                return task;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (task.ExecutionId is not null && UniqueViolations.Is(exception))
        {
            // A concurrent attempt of the same execution stored its task in the meantime: that one is the task.
            await using var context = await db.OpenAsync(task.TenantId, cancellationToken);
            return await FindByExecutionAsync(context, task.TenantId, task.ExecutionId, cancellationToken)
                ?? throw new InvalidOperationException($"Task '{task.Id}' collides with another task's id.", exception);
        }
    }

    public async Task<TaskRow?> GetAsync(string tenantId, string taskId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.TenantId == tenantId && t.Id == taskId, cancellationToken);
    }

    /// <exception cref="FormatException">The cursor is not one this store made.</exception>
    public async Task<CrmPage<TaskRow>> ListAsync(string tenantId, TaskQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Tasks.AsNoTracking().Where(t => t.TenantId == tenantId);
        if (query.Status is { } status)
        {
            rows = rows.Where(t => t.Status == status);
        }

        if (query.LeadId is { } leadId)
        {
            rows = rows.Where(t => t.LeadId == leadId);
        }

        if (KeysetCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(t => t.CreatedAt < afterAt || (t.CreatedAt == afterAt && string.Compare(t.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new CrmPage<TaskRow>(page.Take(limit).ToList(), page.Count > limit ? KeysetCursor.Format(page[limit - 1].CreatedAt, page[limit - 1].Id) : null);
    }

    /// <summary>Marks an open task done (its done time set once; a done task stays as it is); null when the task does not exist.</summary>
    public Task<TaskRow?> MarkDoneAsync(string tenantId, string taskId, CancellationToken cancellationToken) =>
        db.WriteAsync<TaskRow?>(tenantId, async context =>
        {
            var now = time.GetUtcNow();
            DateTimeOffset? doneAt = now;
            var task = context.Tasks.Where(t => t.TenantId == tenantId && t.Id == taskId);
            await task.Where(t => t.Status == Open)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, Done).SetProperty(t => t.DoneAt, doneAt).SetProperty(t => t.UpdatedAt, now), cancellationToken);
            return await task.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        }, cancellationToken);

    private static Task<TaskRow?> FindByExecutionAsync(StoreDbContext context, string tenantId, string executionId, CancellationToken cancellationToken) =>
        context.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.TenantId == tenantId && t.ExecutionId == executionId, cancellationToken);
}
