using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkflowPlatform.Activities;
using WorkflowPlatform.Engine;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Tests;

/// <summary>The real compiler and interpreter with the core activities, on in-memory instances and a fake clock (no IO).</summary>
internal sealed class EngineHarness
{
    /// <param name="activities">Registers activities of the test itself, beside the core ones.</param>
    public EngineHarness(ExpressionOptions? expressions = null, Action<IWorkflowBuilder>? activities = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddWorkflowEngine(engine =>
        {
            engine.AddControlActivities().AddEventActivities();
            activities?.Invoke(engine);
        });
        services.AddSingleton(new ExpressionEngine(expressions ?? new ExpressionOptions()));
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    public IServiceProvider Services { get; }
    public WorkflowCompiler Compiler => Services.GetRequiredService<WorkflowCompiler>();

    public CompiledWorkflow Compile(string json)
    {
        var errors = new List<Validation.ValidationError>();
        var compiled = Compiler.Compile(DefinitionJson.Deserialize(json), errors);
        Assert.True(compiled is not null, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Message}")));
        return compiled!;
    }

    public async Task<Run> StartAsync(string json, JsonObject? input = null, string? correlationId = null)
    {
        var workflow = Compile(json);
        var request = new StartRequest { TenantId = "t1", DefinitionId = workflow.Definition.Id, Input = input, CorrelationId = correlationId };
        var instance = InstanceFactory.Create(workflow, "t1", request, Time.GetUtcNow());
        var run = new Run(this, workflow, instance);
        await run.ExecuteAsync(InstanceFactory.TriggerOf(workflow, request), []);
        return run;
    }

    internal sealed class Run(EngineHarness harness, CompiledWorkflow workflow, WorkflowInstance instance)
    {
        public WorkflowInstance Instance { get; } = instance;
        public List<JournalEntry> Journal { get; } = [];
        public List<string> RemovedBookmarks { get; } = [];

        public WorkflowStatus Status => Instance.Status;

        public async Task ExecuteAsync(TriggerStart? trigger, IReadOnlyList<ResumeItem> resumes)
        {
            var environment = new ExecutionEnvironment
            {
                Expressions = harness.Services.GetRequiredService<ExpressionEngine>(),
                Services = new RunServices(harness.Services, NullLogger.Instance, harness.Time, RunServices.NoFeatures),
            };
            var execution = new WorkflowExecution(Instance, workflow, environment);
            await execution.RunAsync(trigger, resumes, CancellationToken.None);
            Journal.AddRange(execution.Delta.Journal);
            RemovedBookmarks.AddRange(execution.Delta.RemovedBookmarkIds);
        }

        /// <summary>Resumes one bookmark as the store would after consuming it.</summary>
        public Task ResumeAsync(Bookmark bookmark, JsonNode? payload = null, bool timedOut = false) =>
            ExecuteAsync(null, [new ResumeItem
            {
                Id = Guid.NewGuid().ToString("N"),
                TenantId = Instance.TenantId,
                InstanceId = Instance.Id,
                Bookmark = bookmark,
                Payload = payload,
                TimedOut = timedOut,
                CreatedAt = harness.Time.GetUtcNow(),
            }]);

        /// <summary>Fires every due timer, as the timer poller does.</summary>
        public async Task FireDueAsync()
        {
            var due = Instance.Bookmarks.Where(b => b.FireAt <= harness.Time.GetUtcNow()).ToList();
            foreach (var bookmark in due)
            {
                await ResumeAsync(bookmark, timedOut: bookmark.FireIsTimeout);
            }
        }

        public IEnumerable<JournalEntry> EntriesOf(string activityId, JournalEvent journalEvent) =>
            Journal.Where(e => e.ActivityId == activityId && e.Event == journalEvent);
    }
}
