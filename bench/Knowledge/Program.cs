using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Bench.Knowledge;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

// Knowledge base load driver (issue 4): ingest N one-chunk synthetic documents with the local embedder into the
// embedded SQLite store through the host's own services, then search the space single-threaded in each mode.
// Usage: WorkflowPlatform.Bench.Knowledge [--chunks 100000] [--queries 500] [--warmup 50] [--k 6] [--writers 1] [--seed 42] [--by-source 0] [--data DIR]
const string Tenant = "bench";
const string Space = "kb";
var options = BenchOptions.Parse(args);
var cancellationToken = CancellationToken.None;
var corpus = new SyntheticCorpus(options.Seed);
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}");
Console.WriteLine($"{options.Chunks:N0} documents of 60-120 words over {corpus.VocabularySize:N0} word forms (seed {options.Seed}), " +
    $"{LocalEmbedder.Dimensions} dimensions, k = {options.K}, {options.Queries} queries per mode after {options.Warmup} warm-up");

var directory = options.Data is null ? Directory.CreateTempSubdirectory("wfp-bench-knowledge-") : Directory.CreateDirectory(options.Data);
try
{
    await using var services = await BenchServices.StartAsync(directory.FullName, cancellationToken);
    var store = services.GetRequiredService<KnowledgeStore>();
    if ((await store.ListDocumentsAsync(Tenant, Space, cancellationToken)).Count is > 0 and var held)
    {
        Console.WriteLine($"== ingestion skipped: {directory.FullName} holds {held:N0} documents in space {Space}");
    }
    else
    {
        await IngestAsync(services, store, corpus, options, cancellationToken);
        Console.WriteLine($"store on disk: {directory.EnumerateFiles("workflows.db*").Sum(f => f.Length) / 1048576.0:N0} MiB (workflows.db with its WAL)");
    }

    await SearchAsync(services.GetRequiredService<IKnowledgeSearch>(), corpus, options, cancellationToken);
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools(); // pooled connections keep the files open
    if (options.Data is null)
    {
        directory.Delete(recursive: true);
    }
}

static async Task IngestAsync(IServiceProvider services, KnowledgeStore store, SyntheticCorpus corpus, BenchOptions options, CancellationToken cancellationToken)
{
    var documents = Enumerable.Range(0, options.Chunks).Select(corpus.Document).ToArray();
    var throughputs = new List<Throughput>
    {
        IngestionRun.EmbedderAlone(documents),
        IngestionRun.ChunkerAlone(documents, TextChunker.DefaultTokens, TextChunker.DefaultOverlap),
    };
    await store.CreateSpaceAsync(new RagSpaceRow
    {
        TenantId = Tenant, Id = Space, Name = "Bench", ChunkTokens = TextChunker.DefaultTokens, ChunkOverlap = TextChunker.DefaultOverlap, Embedder = "local",
    }, cancellationToken);
    Console.WriteLine("== ingestion");
    throughputs.Add(await IngestionRun.IngestAsync(services.GetRequiredService<IKnowledgeIngest>(), Tenant, Space, documents, options, cancellationToken));

    // What an ingestion of a document that names only its source adds first, at this size.
    var lookups = new Latencies(20);
    for (var i = 0; i < 20; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await store.FindBySourceAsync(Tenant, Space, documents[i * documents.Length / 20].Source, cancellationToken);
        lookups.Add(Stopwatch.GetElapsedTime(started));
    }

    Console.WriteLine();
    Console.WriteLine("| phase | chunks | seconds | chunks/s |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    foreach (var throughput in throughputs)
    {
        Console.WriteLine($"| {throughput.Phase} | {throughput.Chunks:N0} | {throughput.Elapsed.TotalSeconds:0.0} | {throughput.PerSecond:N0} |");
    }

    Console.WriteLine($"load average at the end of ingestion: {SearchRun.LoadAverage()}");
    Console.WriteLine($"look-up of a document by source (KnowledgeStore.FindBySourceAsync) at {documents.Length:N0} documents: p50 {lookups.Percentile(0.5):0.00} ms");
}

static async Task SearchAsync(IKnowledgeSearch search, SyntheticCorpus corpus, BenchOptions options, CancellationToken cancellationToken)
{
    Console.WriteLine();
    Console.WriteLine("== search");
    var first = await SearchRun.FirstAsync(search, Tenant, Space, corpus.Query(-1), options.K, "vector", cancellationToken);
    Console.WriteLine($"first vector search (loads the space's embeddings): {first.Elapsed.TotalMilliseconds:N0} ms, {first.Hits} hits");
    var series = new List<SearchSeries>();
    foreach (var mode in new[] { "vector", "keyword", "hybrid" })
    {
        series.Add(await SearchRun.MeasureAsync(search, Tenant, Space, corpus, mode, options, cancellationToken));
    }

    Console.WriteLine();
    Console.WriteLine("| mode | searches | p50 ms | p95 ms | p99 ms | mean ms | max ms | searches/s | hits/search | load average |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var s in series)
    {
        var l = s.Latencies;
        Console.WriteLine($"| {s.Mode} | {l.Count} | {l.Percentile(0.50):0.00} | {l.Percentile(0.95):0.00} | {l.Percentile(0.99):0.00} | {l.Mean:0.00} | {l.Max:0.00} | {s.PerSecond:N0} | {(double)s.Hits / l.Count:0.0} | {s.Load} |");
    }
}
