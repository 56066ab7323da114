using System.Diagnostics;
using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>
/// One mode's series: latencies of each search, the wall time of the series, the hits they returned, and the
/// machine's load average at its end (other processes on the machine show in the latencies).
/// </summary>
internal sealed record SearchSeries(string Mode, Latencies Latencies, TimeSpan Elapsed, int Hits, string Load)
{
    public double PerSecond => Latencies.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Searches through the host's <see cref="IKnowledgeSearch"/>, one at a time, each mode after its own warm-up (other
/// queries than the measured ones).
/// </summary>
internal static class SearchRun
{
    public static async Task<(TimeSpan Elapsed, int Hits)> FirstAsync(IKnowledgeSearch search, string tenant, string space, string query, int k, string mode, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var hits = await search.SearchAsync(tenant, space, query, k, 0, mode, cancellationToken);
        return (Stopwatch.GetElapsedTime(started), hits?.Count ?? 0);
    }

    public static async Task<SearchSeries> MeasureAsync(IKnowledgeSearch search, string tenant, string space, SyntheticCorpus corpus, string mode, BenchOptions options, CancellationToken cancellationToken)
    {
        // At least a second as well: the JIT recompiles hot methods optimised in the background, after their first calls.
        var warming = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.Warmup || Stopwatch.GetElapsedTime(warming) < TimeSpan.FromSeconds(1); i++)
        {
            await search.SearchAsync(tenant, space, corpus.Query(options.Queries + i), options.K, 0, mode, cancellationToken);
        }

        var queries = Enumerable.Range(0, options.Queries).Select(corpus.Query).ToList();
        var latencies = new Latencies(queries.Count);
        var hits = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var query in queries)
        {
            var one = Stopwatch.GetTimestamp();
            var found = await search.SearchAsync(tenant, space, query, options.K, 0, mode, cancellationToken)
                ?? throw new InvalidOperationException($"Space {space} is missing.");
            latencies.Add(Stopwatch.GetElapsedTime(one));
            hits += found.Count;
        }

        return new SearchSeries(mode, latencies, Stopwatch.GetElapsedTime(started), hits, LoadAverage());
    }

    /// <summary>The one-minute load average where the system tells it (Linux).</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
