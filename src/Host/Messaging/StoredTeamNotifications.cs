using WorkflowPlatform.Activities.Messaging;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Messaging;

/// <summary>The messaging activities' record of team notifications, over <see cref="NotificationStore"/>.</summary>
internal sealed class StoredTeamNotifications(NotificationStore store) : ITeamNotifications
{
    public async Task<TeamNotification?> FindAsync(string tenantId, string executionId, CancellationToken cancellationToken) =>
        await store.FindAsync(tenantId, executionId, cancellationToken) is { } row ? new TeamNotification(row.Channel, row.Target, row.Subject, row.SentAt) : null;

    public Task RecordAsync(string tenantId, string executionId, string channel, string target, string subject, CancellationToken cancellationToken) =>
        store.RecordAsync(new NotificationRow { TenantId = tenantId, ExecutionId = executionId, Channel = channel, Target = target, Subject = subject }, cancellationToken);
}
