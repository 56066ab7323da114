namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>Latencies of one series in milliseconds, and what the table shows of them.</summary>
internal sealed class Latencies(int capacity)
{
    private readonly List<double> values = new(capacity);

    public int Count => values.Count;

    public void Add(TimeSpan elapsed) => values.Add(elapsed.TotalMilliseconds);

    public double Mean => values.Count == 0 ? 0 : values.Average();

    public double Max => values.Count == 0 ? 0 : values.Max();

    /// <summary>Nearest rank, as bench/Http reports it.</summary>
    public double Percentile(double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
