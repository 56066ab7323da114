using System.Buffers;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a random port, requiring a login (allowed without
/// TLS, loopback only), that keeps each message it accepts for the test to read.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    public const string User = "mailer";
    public const string Password = "smtp-pass-0123";

    private readonly Channel<MimeMessage> received = Channel.CreateUnbounded<MimeMessage>();
    private readonly CancellationTokenSource stop = new();
    private SmtpServer.SmtpServer? server;
    private Task? running;

    public int Port { get; private set; }

    private int accepted;

    /// <summary>How many messages the server has accepted.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    public static async Task<FakeSmtpServer> StartAsync()
    {
        var fake = new FakeSmtpServer();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)).AuthenticationRequired(true).AllowUnsecureAuthentication(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new DelegatingUserAuthenticator((user, password) => user == User && password == Password));
        services.Add(new Store(fake));
        fake.server = new SmtpServer.SmtpServer(options, services);
        fake.running = fake.server.StartAsync(fake.stop.Token);
        fake.Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return fake;
    }

    /// <summary>The next message the server accepted, waiting for it up to <paramref name="seconds"/>.</summary>
    public async Task<MimeMessage> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No e-mail reached the SMTP server within {seconds} s.");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        server?.Shutdown();
        if (running is not null)
        {
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        stop.Dispose();
    }

    private sealed class Store(FakeSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Interlocked.Increment(ref owner.accepted);
            await owner.received.Writer.WriteAsync(message, cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
