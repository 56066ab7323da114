using System.Diagnostics;
using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>What one ingestion phase did and how long it took.</summary>
internal sealed record Throughput(string Phase, int Chunks, TimeSpan Elapsed)
{
    public double PerSecond => Chunks / Elapsed.TotalSeconds;
}

/// <summary>
/// Ingestion: the local embedder and the chunker alone (one thread, no store), then every document through the
/// host's <see cref="IKnowledgeIngest"/> (parse, hash and duplicate check, chunk, embed, one SQLite transaction
/// with the FTS triggers), <c>writers</c> documents at a time.
/// </summary>
internal static class IngestionRun
{
    public static Throughput EmbedderAlone(IReadOnlyList<SyntheticDocument> documents)
    {
        var started = Stopwatch.GetTimestamp();
        var sink = 0f;
        foreach (var document in documents)
        {
            sink += LocalEmbedder.Embed(document.Text)[0];
        }

        GC.KeepAlive(sink);
        return new Throughput("local embedder alone (1 thread)", documents.Count, Stopwatch.GetElapsedTime(started));
    }

    public static Throughput ChunkerAlone(IReadOnlyList<SyntheticDocument> documents, int chunkTokens, int overlap)
    {
        var started = Stopwatch.GetTimestamp();
        var chunks = 0;
        foreach (var document in documents)
        {
            chunks += TextChunker.Split(document.Text, chunkTokens, overlap).Count;
        }

        return new Throughput("chunker (o200k tokenizer) alone (1 thread)", chunks, Stopwatch.GetElapsedTime(started));
    }

    public static async Task<Throughput> IngestAsync(IKnowledgeIngest ingest, string tenant, string space, IReadOnlyList<SyntheticDocument> documents, BenchOptions options, CancellationToken cancellationToken)
    {
        var next = -1;
        var chunks = 0;
        var duplicates = 0;
        var reportEvery = Math.Max(1, documents.Count / 10);
        var started = Stopwatch.GetTimestamp();
        async Task WriterAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < documents.Count)
            {
                var document = documents[index];
                var request = new IngestRequest(document.Title, document.Text, Source: document.Source, DocumentId: options.BySource ? null : $"doc-{index}");
                var result = await ingest.IngestAsync(tenant, space, request, null, cancellationToken)
                    ?? throw new InvalidOperationException($"Space {space} is missing.");
                Interlocked.Add(ref chunks, result.Chunks);
                if (result.Duplicate)
                {
                    Interlocked.Increment(ref duplicates);
                }

                if ((index + 1) % reportEvery == 0)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    Console.WriteLine($"  {index + 1,9:N0} documents in {elapsed.TotalSeconds,7:0.0} s ({(index + 1) / elapsed.TotalSeconds:N0} documents/s so far)");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(_ => Task.Run(WriterAsync, cancellationToken)));
        var total = Stopwatch.GetElapsedTime(started);
        if (duplicates > 0 || chunks != documents.Count)
        {
            Console.WriteLine($"  note: {chunks:N0} chunks from {documents.Count:N0} documents, {duplicates} duplicates");
        }

        var identified = options.BySource ? "source only" : "id and source";
        return new Throughput($"ingestion, {options.Writers} writer(s), documents with {identified} (IKnowledgeIngest, SQLite)", chunks, total);
    }
}
