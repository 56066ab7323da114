using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds the engine: registry, compiler, expressions, runtime. Activity families register through <paramref name="configure"/>.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<IWorkflowBuilder> configure)
    {
        var registry = new ActivityRegistry();
        var builder = new WorkflowBuilder(services, registry);
        builder.AddActivity<Join>().AddActivity<ForEach>();
        configure(builder);

        services.AddOptions<ExpressionOptions>();
        services.AddOptions<RuntimeOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(registry);
        services.AddSingleton(sp => new ExpressionEngine(sp.GetRequiredService<IOptions<ExpressionOptions>>().Value, sp.GetService<ISecretResolver>()));
        services.AddSingleton<WorkflowCompiler>();
        services.AddSingleton<WorkflowCache>();
        services.AddSingleton<InstanceLocks>();
        services.AddSingleton<TimerSignal>();
        services.AddSingleton<TriggerIndex>();
        services.AddSingleton<BookmarkResumer>();
        services.AddSingleton<ChildWorkflows>();
        services.AddSingleton<PlatformEvents>();
        services.AddSingleton<IEventPublisher, EventPublisher>();
        services.TryAddSingleton<IWorkDispatcher, InProcessDispatcher>();
        services.AddSingleton(sp =>
        {
            var runner = new WorkflowRunner(
                sp.GetRequiredService<IInstanceStore>(),
                sp.GetRequiredService<ExpressionEngine>(),
                sp,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>(),
                sp.GetRequiredService<IOptions<RuntimeOptions>>().Value);
            var children = sp.GetRequiredService<ChildWorkflows>();
            var platformEvents = sp.GetRequiredService<PlatformEvents>();
            runner.AfterCommit = async (commit, cancellationToken) =>
            {
                await children.OnCommittedAsync(commit, cancellationToken);
                await platformEvents.OnCommittedAsync(commit, cancellationToken);
            };
            return runner;
        });
        services.AddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<IDefinitionStore>(),
            sp.GetRequiredService<IInstanceStore>(),
            sp.GetRequiredService<WorkflowCache>(),
            sp.GetRequiredService<WorkflowRunner>(),
            sp.GetRequiredService<InstanceLocks>(),
            sp.GetRequiredService<IOptions<RuntimeOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IRunAdmission>()));
        services.AddSingleton<IWorkflowStarter>(sp => sp.GetRequiredService<WorkflowRuntime>());
        return services;
    }

    private sealed class WorkflowBuilder(IServiceCollection services, ActivityRegistry registry) : IWorkflowBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IWorkflowBuilder AddActivity<T>() where T : class, IActivity
        {
            registry.Add<T>();
            return this;
        }
    }
}
