namespace WorkflowPlatform.Activities.Messaging;

/// <summary>
/// Sends e-mail through a tenant's <c>smtp</c> connection; the host implements it (MailKit), once for every activity
/// that sends e-mail (NPS surveys, team notifications).
/// </summary>
public interface IMailSender
{
    /// <param name="connection">The name of the tenant's <c>smtp</c> connection.</param>
    Task<MailResult> SendAsync(string tenantId, string connection, OutgoingEmail email, CancellationToken cancellationToken);
}
