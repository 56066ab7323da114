using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using WorkflowPlatform.Activities.Nps;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// Sends survey e-mails with MailKit through the tenant's <c>smtp</c> connection: TLS on connect for port 465,
/// STARTTLS (required) on other ports when <c>useTls</c>, plain otherwise; login when a username is set.
/// Failures come back as a <see cref="MailResult"/> naming the server and the problem, never the password.
/// </summary>
internal sealed class SmtpNpsMailer(SmtpConnections connections) : INpsMailer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<MailResult> SendAsync(string tenantId, string connection, NpsEmail email, CancellationToken cancellationToken)
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

        if (!MailboxAddress.TryParse(email.To, out var to))
        {
            return MailResult.Failed($"'{email.To}' is not an e-mail address.");
        }

        if (!string.IsNullOrWhiteSpace(email.ToName))
        {
            to.Name = email.ToName.Trim();
        }

        using var message = new MimeMessage([from], [to], email.Subject, new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody());
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
            return MailResult.Failed($"The SMTP server {server} refused the e-mail to {to.Address}: {(int)exception.StatusCode} {exception.Message}");
        }
        catch (Exception exception) when (exception is ProtocolException or SslHandshakeException or SocketException or IOException or TimeoutException or NotSupportedException)
        {
            return MailResult.Failed($"Sending through the SMTP server {server} failed: {exception.Message}");
        }
    }

    private static SecureSocketOptions Security(SmtpSettings settings) =>
        !settings.UseTls ? SecureSocketOptions.None
        : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
