using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace WorkflowPlatform.Bench.Http;

/// <summary>Runs the loop on every connection for a bounded time and collects latencies and status codes.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> ExecuteAsync(LoadOptions options, TimeSpan duration)
    {
        var result = new LoadResult();
        if (duration <= TimeSpan.Zero)
        {
            return result;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var body = options.Body is null ? null : Encoding.UTF8.GetBytes(options.Body);
        var numbered = options.Body?.Contains("{seq}", StringComparison.Ordinal) == true;
        long sequence = -1;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, options.Connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                // {seq} in the body numbers the requests 0, 1, 2... across connections (distinct correlation ids).
                var seq = Interlocked.Increment(ref sequence);
                if (seq >= options.Requests)
                {
                    break;
                }

                using var request = new HttpRequestMessage(new HttpMethod(options.Method), options.Url) { Version = HttpVersion.Version11 };
                foreach (var (name, value) in options.Headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                if (body is not null)
                {
                    request.Content = new ByteArrayContent(numbered ? Encoding.UTF8.GetBytes(options.Body!.Replace("{seq}", seq.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)) : body);
                    request.Content.Headers.ContentType = new("application/json");
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    result.Count((int)response.StatusCode);
                }
                catch (HttpRequestException)
                {
                    result.CountError();
                }
                catch (TaskCanceledException)
                {
                    result.CountError();
                }
            }

            result.Add(latencies);
        })).ToArray();
        await Task.WhenAll(workers);
        return result;
    }
}
