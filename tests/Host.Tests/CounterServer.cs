using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// A loopback API that applies each <c>Idempotency-Key</c> once, as payment APIs do: a repeated key is answered
/// again without a second effect. It counts effects per key and deliveries in total.
/// </summary>
public sealed class CounterServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int deliveries;

    private CounterServer(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";
    public ConcurrentDictionary<string, int> Effects { get; } = new();
    public int Deliveries => Volatile.Read(ref deliveries);

    public static async Task<CounterServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CounterServer(app);
        app.MapPost("/count", (HttpRequest request) =>
        {
            Interlocked.Increment(ref server.deliveries);
            var key = request.Headers["Idempotency-Key"].FirstOrDefault();
            if (string.IsNullOrEmpty(key))
            {
                return Results.BadRequest(new { error = "Idempotency-Key is required" });
            }

            server.Effects.AddOrUpdate(key, 1, (_, applied) => applied); // a repeat changes nothing
            return Results.Json(new { counted = key });
        });
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
