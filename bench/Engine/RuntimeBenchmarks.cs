using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities;
using WorkflowPlatform.Engine;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Bench.Engine;

/// <summary>
/// The whole start path of the runtime on an in-memory store: cached compiled version, new instance, every
/// activity run, journal and commit. Divide by the activity count for per-activity figures.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private WorkflowRuntime runtime = null!;

    [GlobalSetup]
    public void Setup()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<IInstanceStore, MemoryInstanceStore>();
        collection.AddSingleton<IDefinitionStore>(new MemoryDefinitionStore([DefinitionJson.Deserialize(BenchWorkflows.Sequential), DefinitionJson.Deserialize(BenchWorkflows.Parallel)]));
        collection.AddWorkflowEngine(engine => engine.AddControlActivities().AddEventActivities());
        runtime = collection.BuildServiceProvider().GetRequiredService<WorkflowRuntime>();
    }

    [Benchmark(Description = "runtime start: 10 sequential activities, committed to memory")]
    public Task<RunResult> Sequential() => StartAsync("sequential");

    [Benchmark(Description = "runtime start: 3 branches + Join (6 activities), committed to memory")]
    public Task<RunResult> Parallel() => StartAsync("parallel");

    private async Task<RunResult> StartAsync(string id)
    {
        var result = await runtime.StartAsync(new StartRequest { TenantId = "bench", DefinitionId = id, Version = 1 }, CancellationToken.None);
        return result.Status == WorkflowStatus.Finished ? result : throw new InvalidOperationException($"{id} ended {result.Status}");
    }
}
