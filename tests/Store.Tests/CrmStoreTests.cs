using System.Text.Json.Nodes;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

public sealed class CrmStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Upsert_twice_with_the_same_email_keeps_one_lead_and_updates_it(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();

        var first = await crm.UpsertLeadAsync("acme", new LeadChanges { Name = "Ana", Email = "Ana@Example.com", Source = "site", Meta = new() { ["utm"] = "ads" } }, None);
        var second = await crm.UpsertLeadAsync("acme", new LeadChanges { Name = "Ana Souza", Email = "  ana@example.COM ", Score = 40, Meta = new() { ["plan"] = "pro" } }, None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Lead.Id, second.Lead.Id);
        var lead = (await crm.GetLeadAsync("acme", first.Lead.Id, None))!;
        Assert.Equal(("Ana Souza", "ana@example.com", "site", 40, "new"), (lead.Name, lead.Email, lead.Source, lead.Score, lead.Stage));
        Assert.Equal("ads", JsonNode.Parse(lead.Meta!)!["utm"]!.GetValue<string>());
        Assert.Equal("pro", JsonNode.Parse(lead.Meta!)!["plan"]!.GetValue<string>());
        Assert.Single((await crm.ListLeadsAsync("acme", new LeadQuery(), None)).Items);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_same_phone_in_different_formats_is_one_lead(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();

        var ids = new List<string>();
        foreach (var phone in new[] { "+55 (11) 98765-4321", "5511987654321", "0055 11 98765 4321", "+55.11.98765.4321" })
        {
            ids.Add((await crm.UpsertLeadAsync("acme", new LeadChanges { Phone = phone }, None)).Lead.Id);
        }

        Assert.Single(ids.Distinct());
        Assert.Equal("5511987654321", (await crm.GetLeadAsync("acme", ids[0], None))!.Phone);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task When_email_and_phone_match_two_leads_the_email_match_wins_and_keeps_its_phone(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var byEmail = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "bia@example.com" }, None)).Lead;
        var byPhone = (await crm.UpsertLeadAsync("acme", new LeadChanges { Phone = "+55 21 99999-0000" }, None)).Lead;

        var both = await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "bia@example.com", Phone = "5521999990000", Name = "Bia" }, None);

        Assert.Equal((byEmail.Id, false), (both.Lead.Id, both.Created));
        Assert.Null(both.Lead.Phone); // the phone is the other lead's: not copied (the unique index would refuse it anyway)
        Assert.Equal("5521999990000", (await crm.GetLeadAsync("acme", byPhone.Id, None))!.Phone);

        // A lead found by phone gets the e-mail nobody has yet.
        var filled = await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "caio@example.com", Phone = "+55 21 99999 0000" }, None);
        Assert.Equal((byPhone.Id, "caio@example.com"), (filled.Lead.Id, filled.Lead.Email));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Ten_concurrent_upserts_of_a_new_lead_make_one_lead_and_one_creation(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            crm.UpsertLeadAsync("acme", new LeadChanges { Email = "race@example.com", Phone = "+55 11 90000-0001", Score = i }, None)));

        Assert.Single(results.Select(r => r.Lead.Id).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Single((await crm.ListLeadsAsync("acme", new LeadQuery(), None)).Items);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Leads_are_kept_per_tenant(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var acme = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "dup@example.com" }, None)).Lead;
        var globex = await crm.UpsertLeadAsync("globex", new LeadChanges { Email = "dup@example.com" }, None);

        Assert.True(globex.Created);
        Assert.NotEqual(acme.Id, globex.Lead.Id);
        Assert.Null(await crm.GetLeadAsync("globex", acme.Id, None));
        Assert.Null(await crm.UpdateLeadAsync("globex", acme.Id, "lost", 0, null, None));
        Assert.Equal("new", (await crm.GetLeadAsync("acme", acme.Id, None))!.Stage);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Leads_are_listed_newest_first_by_filters_and_pages(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        for (var i = 0; i < 5; i++)
        {
            await crm.UpsertLeadAsync("acme", new LeadChanges { Name = $"Lead {i}", Email = $"l{i}@example.com", Source = i % 2 == 0 ? "ads" : "site" }, None);
            store.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await crm.UpsertLeadAsync("acme", new LeadChanges { Name = "Carla Dias", Phone = "+55 31 91234-5678", Stage = "qualified" }, None);

        var first = await crm.ListLeadsAsync("acme", new LeadQuery { Limit = 4 }, None);
        var second = await crm.ListLeadsAsync("acme", new LeadQuery { Limit = 4, Cursor = first.NextCursor }, None);
        Assert.Equal(["Carla Dias", "Lead 4", "Lead 3", "Lead 2"], first.Items.Select(l => l.Name));
        Assert.Equal(["Lead 1", "Lead 0"], second.Items.Select(l => l.Name));
        Assert.Null(second.NextCursor);

        Assert.Equal(["Lead 4", "Lead 2", "Lead 0"], (await crm.ListLeadsAsync("acme", new LeadQuery { Source = "ads" }, None)).Items.Select(l => l.Name));
        Assert.Equal(["Carla Dias"], (await crm.ListLeadsAsync("acme", new LeadQuery { Stage = "qualified" }, None)).Items.Select(l => l.Name));
        Assert.Equal(["Carla Dias"], (await crm.ListLeadsAsync("acme", new LeadQuery { Search = "carla" }, None)).Items.Select(l => l.Name));
        Assert.Equal(["Carla Dias"], (await crm.ListLeadsAsync("acme", new LeadQuery { Search = "91234-5678" }, None)).Items.Select(l => l.Name));
        Assert.Equal(["Lead 3"], (await crm.ListLeadsAsync("acme", new LeadQuery { Search = "L3@EXAMPLE" }, None)).Items.Select(l => l.Name));
        await Assert.ThrowsAsync<FormatException>(() => crm.ListLeadsAsync("acme", new LeadQuery { Cursor = "not a cursor" }, None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Messages_come_back_in_the_order_they_were_appended(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var lead = (await crm.UpsertLeadAsync("acme", new LeadChanges { Phone = "5511911112222" }, None)).Lead;
        var thread = await crm.FindOrCreateThreadAsync("acme", lead.Id, "whatsapp", "wa-5511911112222", None);
        Assert.Equal(thread.Id, (await crm.FindOrCreateThreadAsync("acme", lead.Id, "whatsapp", "wa-5511911112222", None)).Id);
        Assert.Equal(thread.Id, (await crm.FindOrCreateThreadAsync("acme", lead.Id, "whatsapp", null, None)).Id);
        Assert.NotEqual(thread.Id, (await crm.FindOrCreateThreadAsync("acme", lead.Id, "email", null, None)).Id);

        for (var i = 1; i <= 5; i++)
        {
            await crm.AppendMessageAsync(new MessageRow { TenantId = "acme", ThreadId = thread.Id, Direction = i % 2 == 1 ? "inbound" : "outbound", Body = $"m{i}" }, None);
        }

        Assert.Equal(["m3", "m4", "m5"], (await crm.LastMessagesAsync("acme", thread.Id, 3, None)).Select(m => m.Body));
        var page = await crm.ListMessagesAsync("acme", thread.Id, null, 2, None);
        var rest = await crm.ListMessagesAsync("acme", thread.Id, page.NextCursor, 10, None);
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], page.Items.Concat(rest.Items).Select(m => m.Body));
        Assert.Empty(await crm.LastMessagesAsync("globex", thread.Id, 3, None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Concurrent_first_messages_share_one_thread(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var lead = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "t@example.com" }, None)).Lead;

        var threads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => crm.FindOrCreateThreadAsync("acme", lead.Id, "instagram", "ig-123", None)));

        Assert.Single(threads.Select(t => t.Id).Distinct());
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_deal_is_won_once_and_only_its_winner_hears_it_won(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var crm = store.Get<CrmStore>();
        var lead = (await crm.UpsertLeadAsync("acme", new LeadChanges { Email = "d@example.com" }, None)).Lead;
        var deal = await crm.CreateDealAsync(new DealRow { TenantId = "acme", Id = "deal-1", LeadId = lead.Id, Title = "Pro", ValueCents = 49_900, Currency = "BRL", Stage = "open" }, None);
        var again = await crm.CreateDealAsync(new DealRow { TenantId = "acme", Id = "deal-1", LeadId = lead.Id, ValueCents = 1, Currency = "USD", Stage = "open" }, None);
        Assert.Equal((49_900L, "BRL"), (again.ValueCents, again.Currency)); // the same id is the same deal

        Assert.Equal("proposal", (await crm.MoveDealStageAsync("acme", deal.Id, "proposal", None))!.Stage);
        var wins = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => crm.MarkDealWonAsync("acme", deal.Id, $"execution-{i}", None)));
        var winner = Assert.Single(wins, w => w!.Won)!;
        var wonAt = winner.Deal.WonAt;
        Assert.NotNull(wonAt);
        Assert.Equal("won", winner.Deal.Stage);

        store.Time.Advance(TimeSpan.FromHours(1));
        var winnerAgain = await crm.MarkDealWonAsync("acme", deal.Id, CrmStore.WonBy(winner.Deal.Meta)!, None);
        Assert.True(winnerAgain!.Won); // a retry of the winning execution still hears it won
        Assert.False((await crm.MarkDealWonAsync("acme", deal.Id, "execution-later", None))!.Won);
        Assert.Equal(wonAt, (await crm.GetDealAsync("acme", deal.Id, None))!.WonAt);
        Assert.Equal("won", (await crm.MoveDealStageAsync("acme", deal.Id, "lost", None))!.Stage); // a won deal keeps its stage
        Assert.Null(await crm.MarkDealWonAsync("globex", deal.Id, "execution-x", None));

        await crm.CreateDealAsync(new DealRow { TenantId = "acme", Id = "deal-2", LeadId = lead.Id, ValueCents = 100, Currency = "BRL", Stage = "open" }, None);
        Assert.Equal(["deal-1"], (await crm.ListDealsAsync("acme", new DealQuery { Won = true }, None)).Items.Select(d => d.Id));
        Assert.Equal(["deal-2"], (await crm.ListDealsAsync("acme", new DealQuery { Won = false, LeadId = lead.Id }, None)).Items.Select(d => d.Id));
        Assert.Equal(["deal-2"], (await crm.ListDealsAsync("acme", new DealQuery { Stage = "open" }, None)).Items.Select(d => d.Id));
        Assert.Empty((await crm.ListDealsAsync("globex", new DealQuery(), None)).Items);
    }
}
