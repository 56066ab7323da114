using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests;

/// <summary>An OTLP/HTTP collector on loopback that keeps the protobuf bodies posted to /v1/traces and /v1/metrics.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private WebApplication app = null!;

    public string Url { get; private set; } = "";
    public ConcurrentQueue<(string Path, byte[] Body)> Posts { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        (receiver.app, receiver.Url) = await Loopback.StartAsync(app => app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            receiver.Posts.Enqueue(($"/v1/{signal}", buffer.ToArray()));
            return Results.Ok();
        }));
        return receiver;
    }

    /// <summary>True when a body posted to the path contains the text (protobuf keeps strings as UTF-8 bytes).</summary>
    public bool Received(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Posts.Any(p => p.Path == path && p.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
