using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

/// <summary>The agents' stores (ad metrics, creatives) under concurrent writers, on SQLite and PostgreSQL.</summary>
public sealed class AgentStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static AdMetricRow Day(string campaignId, string date, long spendCents) => new()
    {
        TenantId = "ignored", CampaignId = campaignId, Date = date, AccountId = "act-1", CampaignName = campaignId, Impressions = spendCents * 10,
        Clicks = spendCents / 10, SpendCents = spendCents, Conversions = 1, ConversionValueCents = spendCents * 3, Currency = "BRL",
    };

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AdMetrics_ALaterReadOfTheSameDayReplacesItAndConcurrentReadsKeepOneRow(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ads = store.Get<AdMetricStore>();

        await ads.UpsertAsync("acme", [Day("c1", "2026-12-03", 1_000), Day("c1", "2026-12-04", 500)], None);
        await ads.UpsertAsync("acme", [Day("c1", "2026-12-04", 800)], None);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ads.UpsertAsync("acme", [Day("c2", "2026-12-04", 100 + i)], None)));
        await ads.UpsertAsync("globex", [Day("c1", "2026-12-04", 9_999)], None);

        var rows = await ads.ListAsync("acme", "2026-12-03", "2026-12-05", None);
        Assert.Equal([("c1", "2026-12-03", 1_000L), ("c1", "2026-12-04", 800L)], rows.Where(r => r.CampaignId == "c1").Select(r => (r.CampaignId, r.Date, r.SpendCents)));
        Assert.InRange(Assert.Single(rows, r => r.CampaignId == "c2").SpendCents, 100, 107);
        Assert.Equal(["2026-12-04"], (await ads.ListAsync("acme", "2026-12-04", "2026-12-05", None)).Select(r => r.Date).Distinct());
        Assert.Equal(9_999, Assert.Single(await ads.ListAsync("globex", "2026-12-01", "2026-12-31", None)).SpendCents);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Creatives_ConcurrentApprovalsReportEachDraftOnceAndADealLinksOnce(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var creatives = store.Get<CreativeStore>();
        var saved = new List<CreativeRow>();
        foreach (var bucket in new[] { "A", "B" })
        {
            saved.Add(await creatives.SaveDraftAsync(new CreativeRow
            {
                TenantId = "acme", Id = $"cr-{bucket}", BatchId = "batch-1", CampaignId = "camp", Copy = $"Copy {bucket}", AbBucket = bucket,
                Status = "ignored", ExecutionId = $"exec-{bucket}",
            }, None));
        }

        var again = await creatives.SaveDraftAsync(new CreativeRow { TenantId = "acme", Id = "cr-other", BatchId = "b", Copy = "x", AbBucket = "A", Status = "draft", ExecutionId = "exec-A" }, None);
        Assert.Equal("cr-A", again.Id); // a re-run of the same execution gets its creative back

        var approvals = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => creatives.ApproveAsync("acme", ["cr-A", "cr-B"], None)));
        Assert.Single(approvals, a => a.Approved.Contains("cr-A"));
        Assert.Single(approvals, a => a.Approved.Contains("cr-B"));
        Assert.Equal(["unknown"], (await creatives.ApproveAsync("acme", ["cr-A", "unknown"], None)).Unknown);
        Assert.Equal(["cr-A"], (await creatives.ApproveAsync("globex", ["cr-A"], None)).Unknown);

        var wins = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => creatives.MarkWinnerAsync("acme", "cr-B", "deal-1", "lead-1", None)));
        Assert.Single(wins, w => w!.Linked);
        Assert.Equal("winner", (await creatives.GetAsync("acme", "cr-B", None))!.Status);
        Assert.Single(await creatives.ListDealsAsync("acme", "cr-B", None));
        Assert.Null(await creatives.MarkWinnerAsync("globex", "cr-B", "deal-2", null, None));
    }
}
