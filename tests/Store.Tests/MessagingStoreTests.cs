using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

/// <summary>
/// What the messaging and CRM activities rely on the store for, on both providers (on PostgreSQL under row-level
/// security): a message once per execution, the deal search, team notifications once, a deal surveyed once.
/// </summary>
public sealed class MessagingStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static MessageRow Message(string tenant, string threadId, string body, string? executionId) =>
        new() { TenantId = tenant, ThreadId = threadId, Direction = "outbound", Body = body, ExecutionId = executionId };

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_message_appended_twice_by_one_execution_is_stored_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var lead = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "m@example.com" }, None)).Lead;
        var thread = await crm.FindOrCreateThreadAsync("acme", lead.Id, "whatsapp", null, None);

        var first = await crm.AppendMessageAsync(Message("acme", thread.Id, "Olá!", "i1:say:1"), None);
        store.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await crm.AppendMessageAsync(Message("acme", thread.Id, "Olá de novo!", "i1:say:1"), None);

        Assert.Equal((first.Id, "Olá!", first.CreatedAt), (again.Id, again.Body, again.CreatedAt));
        Assert.Equal(["Olá!"], (await crm.LastMessagesAsync("acme", thread.Id, 10, None)).Select(m => m.Body));

        // Other executions, messages without one, and the same execution id in another tenant each add their own.
        await crm.AppendMessageAsync(Message("acme", thread.Id, "second step", "i1:say:2"), None);
        await crm.AppendMessageAsync(Message("acme", thread.Id, "from the API", null), None);
        await crm.AppendMessageAsync(Message("acme", thread.Id, "from the API again", null), None);
        var theirs = await crm.AppendMessageAsync(Message("globex", "their-thread", "theirs", "i1:say:1"), None);
        Assert.NotEqual(first.Id, theirs.Id);
        Assert.Equal(["Olá!", "second step", "from the API", "from the API again"], (await crm.LastMessagesAsync("acme", thread.Id, 10, None)).Select(m => m.Body));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Two_concurrent_attempts_of_one_execution_store_one_message_and_both_get_it(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var lead = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "race@example.com" }, None)).Lead;
        var thread = await crm.FindOrCreateThreadAsync("acme", lead.Id, "chat", null, None);

        var attempts = await Task.WhenAll(
            Task.Run(() => crm.AppendMessageAsync(Message("acme", thread.Id, "once", "i2:send:1"), None)),
            Task.Run(() => crm.AppendMessageAsync(Message("acme", thread.Id, "once", "i2:send:1"), None)));

        Assert.Equal(attempts[0].Id, attempts[1].Id);
        Assert.Single(await crm.LastMessagesAsync("acme", thread.Id, 10, None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_deal_search_filters_by_won_window_stage_and_surveys_and_gives_each_deal_its_lead(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var search = store.Get<DealSearchStore>();
        var now = store.Time.GetUtcNow();
        var ana = (await crm.UpsertLeadAsync("acme", new LeadChanges { Name = "Ana", Email = "ana@example.com", Phone = "+55 11 98888-0001" }, None)).Lead;
        var bia = (await crm.UpsertLeadAsync("acme", new LeadChanges { Name = "Bia", Email = "bia@example.com" }, None)).Lead;
        async Task Deal(string id, string leadId, DateTimeOffset? wonAt, string stage = "won")
        {
            await crm.CreateDealAsync(new DealRow { TenantId = "acme", Id = id, LeadId = leadId, ValueCents = 100, Currency = "BRL", Stage = stage, WonAt = wonAt }, None);
            store.Time.Advance(TimeSpan.FromSeconds(1)); // created in this order: the newest comes first
        }

        await Deal("won-3d", ana.Id, now.AddDays(-3));
        await Deal("won-36h", ana.Id, now.AddHours(-36));
        await Deal("won-30h", bia.Id, now.AddHours(-30));
        await Deal("won-12h", bia.Id, now.AddHours(-12));
        await Deal("open", bia.Id, null, stage: "open");
        await Deal("proposal", ana.Id, null, stage: "proposal");
        await crm.CreateDealAsync(new DealRow { TenantId = "globex", Id = "theirs", LeadId = "their-lead", ValueCents = 1, Currency = "BRL", Stage = "won", WonAt = now.AddHours(-30) }, None);
        await store.Get<NpsStore>().CreateAsync(new NpsSurveyRow { Token = "t-30h", TenantId = "acme", InstanceId = "i", DealId = "won-30h", Question = "?", ExpiresAt = now.AddDays(7) }, None);
        await store.Get<NpsStore>().CreateAsync(new NpsSurveyRow { Token = "t-open", TenantId = "globex", InstanceId = "i", DealId = "won-12h", Question = "?", ExpiresAt = now.AddDays(7) }, None);

        async Task<List<string>> Ids(DealSearch query) => (await search.SearchAsync("acme", query, None)).Select(d => d.Deal.Id).ToList();

        // The day that ended one day ago: [now − 2 days, now − 1 day).
        Assert.Equal(["won-30h", "won-36h"], await Ids(new DealSearch { WonFrom = now.AddDays(-2), WonTo = now.AddDays(-1) }));
        Assert.Equal(["won-36h"], await Ids(new DealSearch { WonFrom = now.AddDays(-2), WonTo = now.AddDays(-1), WithoutSurvey = true }));
        Assert.Equal(["won-12h", "won-36h", "won-3d"], await Ids(new DealSearch { Won = true, WithoutSurvey = true })); // globex's survey of "won-12h" is not acme's
        Assert.Equal(["won-12h", "won-30h"], await Ids(new DealSearch { WonFrom = now.AddHours(-30) }));
        Assert.Equal(["won-36h", "won-3d"], await Ids(new DealSearch { WonTo = now.AddHours(-30) }));
        Assert.Equal(["proposal", "open"], await Ids(new DealSearch { Won = false }));
        Assert.Equal(["open"], await Ids(new DealSearch { Stage = "open" }));
        Assert.Equal(["proposal", "open"], await Ids(new DealSearch { Limit = 2 }));

        var found = (await search.SearchAsync("acme", new DealSearch { Stage = "won", Limit = 1 }, None)).Single();
        Assert.Equal(("won-12h", bia.Id, "Bia", "bia@example.com"), (found.Deal.Id, found.Lead!.Id, found.Lead.Name, found.Lead.Email));
        Assert.Equal("5511988880001", (await search.SearchAsync("acme", new DealSearch { WonTo = now.AddDays(-2) }, None)).Single().Lead!.Phone);
        Assert.Equal(["theirs"], (await search.SearchAsync("globex", new DealSearch(), None)).Select(d => d.Deal.Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => search.SearchAsync("acme", new DealSearch { Limit = 1001 }, None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_notification_is_recorded_once_per_execution_and_the_first_record_stands(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var notifications = store.Get<NotificationStore>();
        NotificationRow Row(string tenant, string target) => new() { TenantId = tenant, ExecutionId = "i3:notify:1", Channel = "email", Target = target, Subject = "Detractor" };

        Assert.Null(await notifications.FindAsync("acme", "i3:notify:1", None));
        var first = await notifications.RecordAsync(Row("acme", "team@acme.test"), None);
        store.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await notifications.RecordAsync(Row("acme", "other@acme.test"), None);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => notifications.RecordAsync(Row("acme", "racer@acme.test"), None))));

        Assert.Equal(("team@acme.test", first.SentAt), (second.Target, second.SentAt));
        Assert.All(concurrent, n => Assert.Equal("team@acme.test", n.Target));
        Assert.Equal("team@acme.test", (await notifications.FindAsync("acme", "i3:notify:1", None))!.Target);
        Assert.Null(await notifications.FindAsync("globex", "i3:notify:1", None));
        Assert.Equal("ops@globex.test", (await notifications.RecordAsync(Row("globex", "ops@globex.test"), None)).Target);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_deal_surveyed_once_gives_later_executions_its_first_survey_and_a_re_run_its_own(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var surveys = store.Get<NpsStore>();
        var expiresAt = store.Time.GetUtcNow().AddDays(7);
        NpsSurveyRow Survey(string token, string deal = "deal-1", string tenant = "acme") =>
            new() { Token = token, TenantId = tenant, InstanceId = "i-" + token, DealId = deal, Question = "How likely?", ExpiresAt = expiresAt };

        var first = await surveys.CreateOncePerDealAsync(Survey("first"), None);
        var rerun = await surveys.CreateOncePerDealAsync(Survey("first"), None);
        var later = await surveys.CreateOncePerDealAsync(Survey("later"), None);
        var otherDeal = await surveys.CreateOncePerDealAsync(Survey("other-deal", deal: "deal-2"), None);

        Assert.Equal(("first", false), (first.Survey.Token, first.Existing));
        Assert.Equal(("first", false), (rerun.Survey.Token, rerun.Existing));
        Assert.Equal(("first", true), (later.Survey.Token, later.Existing));
        Assert.Null(await surveys.FindAsync("acme", "later", None));
        Assert.Equal(("other-deal", false), (otherDeal.Survey.Token, otherDeal.Existing));

        // Two executions surveying a new deal at once agree on one survey.
        var racing = await Task.WhenAll(
            Task.Run(() => surveys.CreateOncePerDealAsync(Survey("racer-a", deal: "deal-3"), None)),
            Task.Run(() => surveys.CreateOncePerDealAsync(Survey("racer-b", deal: "deal-3"), None)));
        Assert.Single(racing.Select(r => r.Survey.Token).Distinct());
        Assert.Single(racing, r => r.Existing);
        var stored = new List<string>();
        foreach (var token in new[] { "racer-a", "racer-b" })
        {
            if (await surveys.FindAsync("acme", token, None) is not null)
            {
                stored.Add(token);
            }
        }

        Assert.Single(stored);

        Assert.False((await surveys.CreateOncePerDealAsync(Survey("theirs", tenant: "globex"), None)).Existing); // deal-1 of another tenant
    }
}
