using System.Globalization;

namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>
/// Command line: <c>[--chunks 100000] [--queries 500] [--warmup 50] [--k 6] [--writers 1] [--seed 42] [--by-source 0] [--data DIR]</c>.
/// <c>--warmup</c>: searches per mode before the measured ones, and at least one second of them. <c>--writers</c>:
/// documents ingested at once (each its own call and transaction). <c>--by-source 1</c>: documents carry only a
/// source, so each ingestion first looks for an earlier document of that source; by default they also carry their id,
/// which skips that look-up. <c>--data DIR</c>: keep the store there, and when its space holds documents already,
/// search them without ingesting again (a fresh temporary directory otherwise).
/// </summary>
internal sealed record BenchOptions(int Chunks, int Queries, int Warmup, int K, int Writers, int Seed, bool BySource, string? Data)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Chunks: 100_000, Queries: 500, Warmup: 50, K: 6, Writers: 1, Seed: 42, BySource: false, Data: null);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {args[i]} has no value.");
            }

            var value = args[i + 1];
            int Number() => int.Parse(value, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--chunks" => options with { Chunks = Number() },
                "--queries" => options with { Queries = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--k" => options with { K = Number() },
                "--writers" => options with { Writers = Number() },
                "--seed" => options with { Seed = Number() },
                "--by-source" => options with { BySource = Number() != 0 },
                "--data" => options with { Data = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
