using System.Collections.Concurrent;

namespace WorkflowPlatform.Bench.Http;

/// <summary>Latencies and status codes of one run; prints throughput and percentiles.</summary>
internal sealed class LoadResult
{
    private readonly ConcurrentBag<List<double>> latencies = [];
    private readonly ConcurrentDictionary<int, int> statuses = new();
    private int errors;

    public int Errors => errors;
    public int Completed => statuses.Values.Sum();

    public void Count(int status) => statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    public void CountError() => Interlocked.Increment(ref errors);

    public void Add(List<double> values) => latencies.Add(values);

    public void Print(TimeSpan elapsed)
    {
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        Console.WriteLine($"requests: {Completed}, errors: {errors}, statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
        Console.WriteLine($"throughput: {Completed / elapsed.TotalSeconds:0} requests/s");
        Console.WriteLine($"latency ms: p50 {Percentile(0.50):0.00}, p90 {Percentile(0.90):0.00}, p99 {Percentile(0.99):0.00}, max {(all.Length == 0 ? 0 : all[^1]):0.00}");
    }
}
