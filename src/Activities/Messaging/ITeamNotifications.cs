namespace WorkflowPlatform.Activities.Messaging;

/// <summary>The record of the team notifications sent, one per activity execution; the host keeps it in its store.</summary>
public interface ITeamNotifications
{
    /// <returns>The notification the execution sent, or null when it has not sent one.</returns>
    Task<TeamNotification?> FindAsync(string tenantId, string executionId, CancellationToken cancellationToken);

    /// <summary>Records that the execution's notification went out (once: a second record of the execution is dropped).</summary>
    Task RecordAsync(string tenantId, string executionId, string channel, string target, string subject, CancellationToken cancellationToken);
}
