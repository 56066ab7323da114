using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Harness;

/// <summary>
/// The real engine and runtime with <c>AddCoreActivities()</c>, as the host registers them, on in-memory stores,
/// the in-process dispatcher and a fake clock. Child workflows, events and retries go through the same runtime
/// paths as in the host; only the store, the bus and the pollers are replaced (the pollers by <see cref="FireDueAsync"/>).
/// </summary>
internal sealed class ActivityHarness : IAsyncDisposable
{
    public const string Tenant = "t1";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    private readonly ServiceProvider services;
    private readonly ErrorLog errors = new();

    public ActivityHarness(Action<HttpClientOptions>? http = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(errors));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<IInstanceStore>(Store);
        collection.AddSingleton<IDefinitionStore>(Definitions);
        collection.AddWorkflowEngine(engine => engine.AddCoreActivities());
        if (http is not null)
        {
            collection.Configure(http);
        }

        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    public MemoryInstanceStore Store { get; } = new();
    public MemoryDefinitionStore Definitions { get; } = new();
    public IServiceProvider Services => services;

    /// <summary>Compiles the definition (failing the test on a validation error) and publishes it as version 1.</summary>
    public void Publish(string json)
    {
        var definition = DefinitionJson.Deserialize(json);
        var problems = new List<Engine.Validation.ValidationError>();
        Assert.True(Services.GetRequiredService<WorkflowCompiler>().Compile(definition, problems) is not null,
            string.Join("\n", problems.Select(e => $"{e.Path}: {e.Message}")));
        Definitions.Publish(Tenant, definition);
        Services.GetRequiredService<TriggerIndex>().Invalidate();
    }

    /// <summary>Starts the published workflow and runs its first burst inline, as the API and the HTTP trigger do.</summary>
    public Task<RunResult> StartAsync(string workflowId, JsonObject? input = null, string? correlationId = null, JsonObject? trigger = null, HttpResponseSink? sink = null) =>
        Services.GetRequiredService<IWorkflowStarter>().StartAsync(new StartRequest
        {
            TenantId = Tenant,
            DefinitionId = workflowId,
            Input = input,
            CorrelationId = correlationId,
            Trigger = trigger,
            Features = sink is null ? null : new Dictionary<Type, object> { [typeof(HttpResponseSink)] = sink },
        }, CancellationToken.None).WaitAsync(Deadline);

    public async Task<WorkflowInstance> InstanceAsync(string instanceId) =>
        await Store.FindAsync(Tenant, instanceId, CancellationToken.None) ?? throw new InvalidOperationException($"Instance {instanceId} was never committed.");

    /// <summary>Polls the committed instance until it satisfies <paramref name="condition"/> (work dispatched in-process goes on in the background).</summary>
    public async Task<WorkflowInstance> WaitForAsync(string instanceId, Func<WorkflowInstance, bool> condition, string expected)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Deadline;
        while (true)
        {
            var instance = await Store.FindAsync(Tenant, instanceId, CancellationToken.None);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"Instance {instanceId} never became {expected}; it is {instance?.Status.ToString() ?? "not committed"}. Errors logged: {errors.Describe()}");
            }

            await Task.Delay(20);
        }
    }

    public Task<WorkflowInstance> WaitForStatusAsync(string instanceId, WorkflowStatus status) =>
        WaitForAsync(instanceId, instance => instance.Status == status, status.ToString());

    /// <summary>What the timer poller does once: resumes every bookmark due by the fake clock.</summary>
    public async Task FireDueAsync()
    {
        var resumer = Services.GetRequiredService<BookmarkResumer>();
        foreach (var bookmark in await Store.FindDueBookmarksAsync(Time.GetUtcNow(), 100, CancellationToken.None))
        {
            await resumer.ResumeAsync(bookmark, null, null, bookmark.FireIsTimeout, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    /// <summary>Keeps what was logged at error level, so a test that times out says why background work failed.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> entries = new();

        public string Describe() => entries.IsEmpty ? "none" : string.Join(" | ", entries);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}
