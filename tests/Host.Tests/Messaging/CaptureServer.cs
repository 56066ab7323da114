using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>One POST as the capture server received it.</summary>
internal sealed record CapturedPost(JsonObject Body, string? Authorization, string? IdempotencyKey, string? ContentType);

/// <summary>
/// A loopback receiver for the services the messaging activities POST to (a channel gateway, a chat webhook): it keeps
/// every POST to <see cref="InboxUrl"/> with its headers, answering 503 to the first <c>failFirst</c> and 200 after.
/// <see cref="HoldUrl"/> holds its first request open (a step in flight when a test kills the host) and answers the
/// later ones at once.
/// </summary>
internal sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int holds;

    private CaptureServer(WebApplication app, string url)
    {
        this.app = app;
        InboxUrl = url + "/inbox";
        HoldUrl = url + "/hold";
    }

    public string InboxUrl { get; }
    public string HoldUrl { get; }
    public ConcurrentQueue<CapturedPost> Posts { get; } = new();

    /// <summary>Completes when the first request to <see cref="HoldUrl"/> is being held.</summary>
    public Task Held => held.Task;

    public static async Task<CaptureServer> StartAsync(int failFirst = 0)
    {
        CaptureServer? server = null;
        var calls = 0;
        var (app, url) = await Loopback.StartAsync(app =>
        {
            app.MapPost("/inbox", async (HttpContext http) =>
            {
                var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
                var headers = http.Request.Headers;
                server!.Posts.Enqueue(new CapturedPost(body, headers.Authorization.ToString(), headers["Idempotency-Key"].ToString(), http.Request.ContentType));
                return Interlocked.Increment(ref calls) <= failFirst ? Results.StatusCode(503) : Results.Ok(new { accepted = true });
            });
            app.MapPost("/hold", async (HttpContext http) =>
            {
                if (Interlocked.Increment(ref server!.holds) == 1)
                {
                    server.held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return Results.Ok(new { released = true });
            });
        });
        server = new CaptureServer(app, url);
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
