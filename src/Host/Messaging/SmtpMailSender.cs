using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using WorkflowPlatform.Activities.Messaging;

namespace WorkflowPlatform.Host.Messaging;

/// <summary>
/// The platform's one way of sending e-mail (NPS surveys, team notifications): MailKit through the tenant's
/// <c>smtp</c> connection, TLS on connect for port 465, STARTTLS (required) on other ports when <c>useTls</c>, plain
/// otherwise; login when a username is set. Failures come back as a <see cref="MailResult"/> naming the server and
/// the problem, never the password.
/// </summary>
internal sealed class SmtpMailSender(SmtpConnections connections) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<MailResult> SendAsync(string tenantId, string connection, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var (settings, problem) = await connections.ResolveAsync(tenantId, connection, cancellationToken);
        if (settings is null)
        {
            return MailResult.Failed(problem!);
        }

        if (!MailboxAddress.TryParse(settings.From, out var from))
        {
            return MailResult.Failed($"SMTP connection '{connection}' has a 'from' that is not an e-mail address: '{settings.From}'.");
        }

        if (Recipients(email) is not { } to)
        {
            return MailResult.Failed(email.To.Count == 0
                ? "The e-mail has no recipient."
                : $"'{email.To.First(address => !MailboxAddress.TryParse(address, out _))}' is not an e-mail address.");
        }

        var body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();
        using var message = new MimeMessage([from], to, email.Subject, body);
        message.MessageId = $"{email.MessageId}@{(from.Domain is { Length: > 0 } domain ? domain : "localhost")}";
        var server = $"{settings.Host}:{settings.Port}";
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Security(settings), cancellationToken);
            if (settings.Username is not null)
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return MailResult.Ok;
        }
        catch (AuthenticationException)
        {
            return MailResult.Failed($"The SMTP server {server} refused the login of '{settings.Username}'; check the username and the connection's secret.");
        }
        catch (SmtpCommandException exception)
        {
            var refused = exception.Mailbox?.Address ?? string.Join(", ", to.Select(r => r.Address));
            return MailResult.Failed($"The SMTP server {server} refused the e-mail to {refused}: {(int)exception.StatusCode} {exception.Message}");
        }
        catch (Exception exception) when (exception is ProtocolException or SslHandshakeException or SocketException or IOException or TimeoutException or NotSupportedException)
        {
            return MailResult.Failed($"Sending through the SMTP server {server} failed: {exception.Message}");
        }
    }

    /// <summary>The recipients as mailboxes (the name applies to a single one), or null when one is not an address.</summary>
    private static List<MailboxAddress>? Recipients(OutgoingEmail email)
    {
        var recipients = new List<MailboxAddress>(email.To.Count);
        foreach (var address in email.To)
        {
            if (!MailboxAddress.TryParse(address, out var mailbox))
            {
                return null;
            }

            recipients.Add(mailbox);
        }

        if (recipients.Count == 1 && !string.IsNullOrWhiteSpace(email.ToName))
        {
            recipients[0].Name = email.ToName.Trim();
        }

        return recipients.Count == 0 ? null : recipients;
    }

    private static SecureSocketOptions Security(SmtpSettings settings) =>
        !settings.UseTls ? SecureSocketOptions.None
        : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
