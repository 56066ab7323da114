using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

/// <summary>NPS surveys and the KPI figures on both providers; on PostgreSQL under row-level security as the application's role.</summary>
public sealed class NpsStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static NpsSurveyRow Survey(string token, DateTimeOffset expiresAt, string tenant = "acme", string? workflow = "wf-a", string question = "How likely?") => new()
    {
        Token = token,
        TenantId = tenant,
        InstanceId = "i-" + token,
        WorkflowId = workflow,
        Question = question,
        ExpiresAt = expiresAt,
    };

    private static string CategoryOf(int score) => score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_survey_is_created_once_found_by_its_token_in_the_platform_scope_and_answered_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var surveys = store.Get<NpsStore>();
        var expiresAt = store.Time.GetUtcNow().AddDays(7);

        await surveys.CreateAsync(Survey("t1", expiresAt), None);
        var again = await surveys.CreateAsync(Survey("t1", expiresAt.AddDays(1), question: "Changed?"), None);
        Assert.Equal(("How likely?", expiresAt), (again.Question, again.ExpiresAt));

        Assert.Equal("acme", (await surveys.FindAsync("t1", None))!.TenantId);
        Assert.Null(await surveys.FindAsync("other", "t1", None));
        Assert.Null(await surveys.FindAsync("nope", None));

        await surveys.MarkSentAsync("acme", "t1", "ana@example.com", None);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(score => surveys.AnswerAsync("acme", "t1", score + 5, null, CategoryOf(score + 5), None)));
        Assert.Single(answers, won => won);
        var answered = (await surveys.FindAsync("acme", "t1", None))!;
        Assert.InRange(answered.Score!.Value, 5, 10);
        Assert.Equal(("ana@example.com", CategoryOf(answered.Score!.Value)), (answered.Email, answered.Category));
        Assert.NotNull(answered.AnsweredAt);
        Assert.False(await surveys.AnswerAsync("other", "t1", 10, null, "promoter", None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task An_expired_survey_cannot_be_answered(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var surveys = store.Get<NpsStore>();
        await surveys.CreateAsync(Survey("late", store.Time.GetUtcNow().AddHours(1)), None);

        store.Time.Advance(TimeSpan.FromHours(1));

        Assert.False(await surveys.AnswerAsync("acme", "late", 9, "too late", "promoter", None));
        Assert.Null((await surveys.FindAsync("late", None))!.AnsweredAt);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Figures_count_answers_of_the_period_per_tenant_and_workflow(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var surveys = store.Get<NpsStore>();
        var start = store.Time.GetUtcNow();
        var scores = new (string Workflow, int Score)[] { ("wf-a", 10), ("wf-a", 9), ("wf-a", 10), ("wf-a", 9), ("wf-a", 10), ("wf-a", 8), ("wf-a", 7), ("wf-a", 6), ("wf-a", 3), ("wf-a", 0), ("wf-b", 10) };
        for (var i = 0; i < scores.Length; i++)
        {
            await surveys.CreateAsync(Survey($"s{i}", start.AddDays(7), workflow: scores[i].Workflow), None);
            Assert.True(await surveys.AnswerAsync("acme", $"s{i}", scores[i].Score, null, CategoryOf(scores[i].Score), None));
        }

        await surveys.CreateAsync(Survey("unanswered", start.AddDays(7)), None);
        await surveys.CreateAsync(Survey("elsewhere", start.AddDays(7), tenant: "other"), None);
        await surveys.AnswerAsync("other", "elsewhere", 0, null, "detractor", None);

        var (from, to) = (start.AddMinutes(-1), start.AddMinutes(1));
        var all = await surveys.FiguresAsync("acme", from, to, null, None);
        Assert.Equal((6, 2, 3, 11, 27.3), (all.Promoters, all.Passives, all.Detractors, all.Responses, all.Score));
        var workflowA = await surveys.FiguresAsync("acme", from, to, "wf-a", None);
        Assert.Equal((5, 2, 3, 20.0), (workflowA.Promoters, workflowA.Passives, workflowA.Detractors, workflowA.Score));

        var byWorkflow = await surveys.FiguresByWorkflowAsync("acme", from, to, None);
        Assert.Equal(["wf-a", "wf-b"], byWorkflow.Select(w => w.WorkflowId));
        Assert.Equal(100.0, byWorkflow[1].Figures.Score);

        var before = await surveys.FiguresAsync("acme", from.AddDays(-30), from, null, None);
        Assert.Equal((0, null), (before.Responses, before.Score));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Run_and_llm_figures_count_the_period_by_status(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        foreach (var (id, workflow, status) in new[] { ("r1", "sdr", WorkflowStatus.Finished), ("r2", "ads", WorkflowStatus.Finished), ("r3", "sdr", WorkflowStatus.Faulted), ("r4", "sdr", WorkflowStatus.Suspended) })
        {
            await store.Instances.CommitAsync(new InstanceCommit { Instance = Samples.Instance(id, now, workflow: workflow, status: status), IsNew = true }, None);
        }

        await store.Instances.CommitAsync(new InstanceCommit { Instance = Samples.Instance("elsewhere", now, tenant: "other", status: WorkflowStatus.Faulted), IsNew = true }, None);
        var calls = store.Get<LlmCallStore>();
        foreach (var tokens in new[] { 100L, 50L })
        {
            await calls.RecordAsync(new LlmCallRow { TenantId = "default", InstanceId = "r1", ActivityId = "ask", Connection = "default", Model = "m", InputTokens = tokens, OutputTokens = 10, CostMicroUsd = 2500 }, None);
        }

        var metrics = store.Get<MetricsStore>();
        var (from, to) = (now.AddHours(-1), now.AddHours(1));
        Assert.Equal(new RunFigures(4, 2, 1), await metrics.RunsAsync("default", from, to, None));
        Assert.Equal(new LlmFigures(170, 0.005m, 2), await metrics.LlmAsync("default", from, to, None));
        Assert.Equal(new RunFigures(0, 0, 0), await metrics.RunsAsync("default", to, to.AddHours(1), None));
        Assert.Equal(new LlmFigures(0, 0m, 0), await metrics.LlmAsync("default", to, to.AddHours(1), None));

        Assert.Equal([new WorkflowRunFigures("sdr", 3, 1, 1), new WorkflowRunFigures("ads", 1, 1, 0)], await metrics.RunsByWorkflowAsync("default", from, to, None));
        Assert.Equal([new WorkflowLlmFigures("sdr", 170, 0.005m, 2)], await metrics.LlmByWorkflowAsync("default", from, to, None));
        Assert.Empty(await metrics.LlmByWorkflowAsync("other", from, to, None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_secret_added_if_absent_keeps_the_first_value(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var secrets = store.Get<SecretStore>();

        Assert.Equal("first", await secrets.AddIfAbsentAsync(StoreDb.AllTenants, "platform-key", "first", None));
        Assert.Equal("first", await secrets.AddIfAbsentAsync(StoreDb.AllTenants, "platform-key", "second", None));
        Assert.Empty(await secrets.ListAsync("default", None));
    }
}
