using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowPlatform.Activities;
using WorkflowPlatform.Engine;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Bench.Engine;

/// <summary>
/// One whole instance per operation: create it, run every activity, produce its journal and commit delta.
/// Divide the mean and the allocation by the activity count for the per-activity figures.
/// </summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private IServiceProvider services = null!;
    private CompiledWorkflow sequential = null!;
    private CompiledWorkflow parallel = null!;
    private ExecutionEnvironment environment = null!;

    [GlobalSetup]
    public void Setup()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWorkflowEngine(engine => engine.AddControlActivities().AddEventActivities());
        services = collection.BuildServiceProvider();
        var compiler = services.GetRequiredService<WorkflowCompiler>();
        sequential = compiler.Compile(DefinitionJson.Deserialize(BenchWorkflows.Sequential), [])!;
        parallel = compiler.Compile(DefinitionJson.Deserialize(BenchWorkflows.Parallel), [])!;
        environment = new ExecutionEnvironment
        {
            Expressions = services.GetRequiredService<ExpressionEngine>(),
            Services = new RunServices(services, NullLogger.Instance, TimeProvider.System, RunServices.NoFeatures),
        };
    }

    [Benchmark(Description = "10-activity sequential instance", OperationsPerInvoke = 1)]
    public Task<WorkflowStatus> Sequential() => RunAsync(sequential);

    [Benchmark(Description = "3-branch parallel instance with Join (6 activities)")]
    public Task<WorkflowStatus> Parallel() => RunAsync(parallel);

    private async Task<WorkflowStatus> RunAsync(CompiledWorkflow workflow)
    {
        var request = new StartRequest { TenantId = "bench", DefinitionId = workflow.Definition.Id };
        var instance = InstanceFactory.Create(workflow, "bench", request, TimeProvider.System.GetUtcNow());
        var execution = new WorkflowExecution(instance, workflow, environment);
        await execution.RunAsync(InstanceFactory.TriggerOf(workflow, request), [], CancellationToken.None);
        return instance.Status != WorkflowStatus.Finished ? throw new InvalidOperationException($"Instance ended {instance.Status}: {instance.State.Incidents.LastOrDefault()?.Message}") : instance.Status;
    }
}
