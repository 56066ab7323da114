using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests;

/// <summary>A real HTTP server on loopback: <c>/charge</c> answers 503 a given number of times, then 200 with JSON; <c>/slow</c> takes 10 s.</summary>
public sealed class FlakyServer : IAsyncDisposable
{
    private WebApplication app = null!;
    private int failuresLeft;
    private int requests;

    public string Url { get; private set; } = "";
    public int Requests => Volatile.Read(ref requests);
    public List<string?> IdempotencyKeys { get; } = [];

    /// <summary>The Authorization headers <c>/echo</c> received.</summary>
    public List<string?> Authorizations { get; } = [];

    public static async Task<FlakyServer> StartAsync(int failures)
    {
        var server = new FlakyServer { failuresLeft = failures };
        (server.app, server.Url) = await Loopback.StartAsync(app => server.Map(app));
        return server;
    }

    private void Map(WebApplication app)
    {
        var server = this;
        app.MapPost("/charge", (HttpRequest request) =>
        {
            Interlocked.Increment(ref server.requests);
            lock (server.IdempotencyKeys)
            {
                server.IdempotencyKeys.Add(request.Headers["Idempotency-Key"].FirstOrDefault());
            }

            return Interlocked.Decrement(ref server.failuresLeft) >= 0
                ? Results.Problem("temporarily unavailable", statusCode: 503)
                : Results.Json(new { charged = true });
        });
        app.MapPost("/echo", (HttpRequest request) =>
        {
            lock (server.Authorizations)
            {
                server.Authorizations.Add(request.Headers.Authorization.FirstOrDefault());
            }

            // Echoes the credential back, as careless services do: the platform must not record it.
            return Results.Json(new { youSent = request.Headers.Authorization.FirstOrDefault() });
        });
        app.MapPost("/slow", async (CancellationToken cancellationToken) =>
        {
            Interlocked.Increment(ref server.requests);
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return Results.Json(new { late = true });
        });
    }

    /// <summary>From now on every request succeeds.</summary>
    public void Fix() => Volatile.Write(ref failuresLeft, 0);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
