namespace WorkflowPlatform.Activities.Messaging;

/// <summary>Whether the server took the e-mail, or why not (no connection, refused, unreachable), in words that say which.</summary>
public sealed record MailResult(bool Sent, string? Error)
{
    public static readonly MailResult Ok = new(true, null);

    public static MailResult Failed(string error) => new(false, error);
}
