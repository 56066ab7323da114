using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// Notifications that went out to the team, one per activity execution (the key), so that a re-run of the
/// execution finds it and does not send it again.
/// </summary>
public sealed class NotificationStore(StoreDb db, TimeProvider time)
{
    public async Task<NotificationRow?> FindAsync(string tenantId, string executionId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.TenantId == tenantId && n.ExecutionId == executionId, cancellationToken);
    }

    /// <summary>
    /// Records that the execution's notification went out; returns the row stored, which is the earlier one (and
    /// this record is dropped) when the execution had recorded it already.
    /// </summary>
    public async Task<NotificationRow> RecordAsync(NotificationRow notification, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(notification.TenantId, async context =>
            {
                if (await context.Notifications.AsNoTracking()
                        .FirstOrDefaultAsync(n => n.TenantId == notification.TenantId && n.ExecutionId == notification.ExecutionId, cancellationToken) is { } existing)
                {
                    return existing;
                }

                var row = new NotificationRow
                {
                    TenantId = notification.TenantId, ExecutionId = notification.ExecutionId, Channel = notification.Channel,
                    Target = notification.Target, Subject = notification.Subject, SentAt = time.GetUtcNow(),
                };
                context.Notifications.Add(row);
                await context.SaveChangesAsync(cancellationToken);
                return row;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent attempt of the same execution recorded it in the meantime: that record stands.
            return await FindAsync(notification.TenantId, notification.ExecutionId, cancellationToken)
                   ?? throw new InvalidOperationException("The notification could not be recorded and none was found for its execution.");
        }
    }
}
