using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// A loopback API that applies each <c>Idempotency-Key</c> once, as payment APIs do: a repeated key is answered
/// again without a second effect. It counts effects per key and deliveries in total.
/// </summary>
public sealed class CounterServer : IAsyncDisposable
{
    private WebApplication app = null!;
    private int deliveries;

    public string Url { get; private set; } = "";
    public ConcurrentDictionary<string, int> Effects { get; } = new();
    public int Deliveries => Volatile.Read(ref deliveries);

    public static async Task<CounterServer> StartAsync()
    {
        var server = new CounterServer();
        (server.app, server.Url) = await Loopback.StartAsync(app => app.MapPost("/count", (HttpRequest request) =>
        {
            Interlocked.Increment(ref server.deliveries);
            var key = request.Headers["Idempotency-Key"].FirstOrDefault();
            if (string.IsNullOrEmpty(key))
            {
                return Results.BadRequest(new { error = "Idempotency-Key is required" });
            }

            server.Effects.AddOrUpdate(key, 1, (_, applied) => applied); // a repeat changes nothing
            return Results.Json(new { counted = key });
        }));
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
