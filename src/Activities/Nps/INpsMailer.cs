namespace WorkflowPlatform.Activities.Nps;

/// <summary>A survey e-mail, with a plain-text and an HTML body; <see cref="MessageId"/> is stable for the survey.</summary>
public sealed record NpsEmail(string To, string? ToName, string Subject, string Text, string Html, string MessageId);

/// <summary>Whether the server took the e-mail, or why not (no connection, refused, unreachable).</summary>
public sealed record MailResult(bool Sent, string? Error)
{
    public static readonly MailResult Ok = new(true, null);

    public static MailResult Failed(string error) => new(false, error);
}

/// <summary>Sends e-mail through a tenant's <c>smtp</c> connection; the host implements it (MailKit).</summary>
public interface INpsMailer
{
    /// <param name="connection">The name of the tenant's <c>smtp</c> connection.</param>
    Task<MailResult> SendAsync(string tenantId, string connection, NpsEmail email, CancellationToken cancellationToken);
}
