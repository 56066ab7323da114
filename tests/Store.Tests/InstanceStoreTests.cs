using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Store.Tests;

public sealed class InstanceStoreTests
{
    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_committed_burst_reads_back_with_state_bookmarks_and_journal(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        var instance = Samples.Instance("i1", now, correlationId: "order-42");
        instance.State.Variables["total"] = 42.5;
        instance.JournalSeq = 2;
        await store.Instances.CommitAsync(new InstanceCommit
        {
            Instance = instance,
            IsNew = true,
            Journal = [Samples.Entry(1, JournalEvent.Started, now), Samples.Entry(2, JournalEvent.Suspended, now)],
            AddedBookmarks = [Samples.Bookmark(instance, "b1", token: "tok-1")],
        }, CancellationToken.None);

        var found = await store.Instances.FindAsync("default", "i1", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(WorkflowStatus.Suspended, found.Status);
        Assert.Equal("order-42", found.CorrelationId);
        Assert.Equal(42.5, found.State.Variables["total"]!.GetValue<double>());
        Assert.Equal(now, found.CreatedAt);
        var bookmark = Assert.Single(found.Bookmarks);
        Assert.Equal("kept", bookmark.Data!["note"]!.GetValue<string>());
        Assert.Equal("b1", (await store.Instances.FindBookmarkByTokenAsync("tok-1", CancellationToken.None))?.Id);

        var journal = await store.Instances.GetJournalAsync("default", "i1", afterSeq: 0, max: 10, CancellationToken.None);
        Assert.Equal([JournalEvent.Started, JournalEvent.Suspended], journal.Select(j => j.Event));
        Assert.Equal("paid", journal[0].Inputs!["name"]!.GetValue<string>());
        Assert.Single(await store.Instances.GetJournalAsync("default", "i1", afterSeq: 1, max: 10, CancellationToken.None));

        instance.Status = WorkflowStatus.Finished;
        instance.JournalSeq = 3;
        await store.Instances.CommitAsync(new InstanceCommit
        {
            Instance = instance,
            Journal = [Samples.Entry(3, JournalEvent.Completed, now)],
            RemovedBookmarkIds = ["b1"],
        }, CancellationToken.None);
        found = await store.Instances.FindAsync("default", "i1", CancellationToken.None);
        Assert.Equal(WorkflowStatus.Finished, found!.Status);
        Assert.Empty(found.Bookmarks);
        Assert.Equal(3, found.JournalSeq);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Another_tenant_sees_nothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var instance = Samples.Instance("i1", store.Time.GetUtcNow(), tenant: "acme");
        await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, IsNew = true, AddedBookmarks = [Samples.Bookmark(instance, "b1")] }, CancellationToken.None);

        Assert.Null(await store.Instances.FindAsync("default", "i1", CancellationToken.None));
        Assert.Empty((await store.Instances.QueryAsync("default", new InstanceQuery(), CancellationToken.None)).Items);
        Assert.Empty(await store.Instances.GetJournalAsync("default", "i1", 0, 10, CancellationToken.None));
        Assert.Empty(await store.Instances.FindBookmarksAsync("default", "Event", "paid:42", CancellationToken.None));
        Assert.Single(await store.Instances.FindBookmarksAsync("acme", "Event", "paid:42", CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_bookmark_is_consumed_once_however_many_stimuli_race(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var instance = Samples.Instance("i1", store.Time.GetUtcNow());
        var bookmark = Samples.Bookmark(instance, "b1");
        await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, IsNew = true, AddedBookmarks = [bookmark] }, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.Instances.ConsumeBookmarkAsync(bookmark, new JsonObject { ["n"] = i }, timedOut: false, trigger: null, store.Time.GetUtcNow(), CancellationToken.None)));

        var resume = Assert.Single(results, r => r is not null);
        var pending = await store.Instances.GetResumesAsync("i1", CancellationToken.None);
        Assert.Equal(resume!.Id, Assert.Single(pending).Id);
        Assert.Equal("b1", pending[0].Bookmark.Id);
        Assert.Empty((await store.Instances.FindAsync("default", "i1", CancellationToken.None))!.Bookmarks);

        await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, AppliedResumeIds = [resume.Id] }, CancellationToken.None);
        Assert.Empty(await store.Instances.GetResumesAsync("i1", CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_lease_excludes_other_owners_until_it_expires_or_is_released(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await store.Instances.CommitAsync(new InstanceCommit { Instance = Samples.Instance("i1", now), IsNew = true }, CancellationToken.None);
        var until = now.AddSeconds(30);

        Assert.True(await store.Instances.TryAcquireLeaseAsync("i1", "a", until, now, CancellationToken.None));
        Assert.False(await store.Instances.TryAcquireLeaseAsync("i1", "b", until, now, CancellationToken.None));
        Assert.True(await store.Instances.TryAcquireLeaseAsync("i1", "a", until.AddSeconds(10), now, CancellationToken.None));
        Assert.True(await store.Instances.TryAcquireLeaseAsync("i1", "b", until.AddSeconds(60), until.AddSeconds(11), CancellationToken.None));

        await store.Instances.ReleaseLeaseAsync("i1", "a", CancellationToken.None); // not a's any more: no effect
        Assert.False(await store.Instances.TryAcquireLeaseAsync("i1", "a", until, now, CancellationToken.None));
        await store.Instances.ReleaseLeaseAsync("i1", "b", CancellationToken.None);
        Assert.True(await store.Instances.TryAcquireLeaseAsync("i1", "a", until, now, CancellationToken.None));

        // A new instance committed at a checkpoint is inserted already leased to the worker running it.
        await store.Instances.CommitAsync(new InstanceCommit { Instance = Samples.Instance("i2", now), IsNew = true, InsertWithLease = ("a", until) }, CancellationToken.None);
        Assert.False(await store.Instances.TryAcquireLeaseAsync("i2", "b", until, now, CancellationToken.None));
        Assert.True(await store.Instances.TryAcquireLeaseAsync("i2", "a", until, now, CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Timers_come_due_in_order_and_runnable_instances_are_found(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        var waiting = Samples.Instance("waiting", now);
        var crashed = Samples.Instance("crashed", now, status: WorkflowStatus.Running);
        var faulted = Samples.Instance("faulted", now, status: WorkflowStatus.Faulted);
        await store.Instances.CommitAsync(new InstanceCommit
        {
            Instance = waiting,
            IsNew = true,
            AddedBookmarks = [Samples.Bookmark(waiting, "late", "Timer", null, now.AddSeconds(20)), Samples.Bookmark(waiting, "early", "Timer", null, now.AddSeconds(5))],
        }, CancellationToken.None);
        await store.Instances.CommitAsync(new InstanceCommit { Instance = crashed, IsNew = true }, CancellationToken.None);
        await store.Instances.CommitAsync(new InstanceCommit { Instance = faulted, IsNew = true, AddedBookmarks = [Samples.Bookmark(faulted, "f1")] }, CancellationToken.None);

        Assert.Equal(now.AddSeconds(5), await store.Instances.NextFireAtAsync(CancellationToken.None));
        Assert.Empty(await store.Instances.FindDueBookmarksAsync(now, 10, CancellationToken.None));
        Assert.Equal(["early", "late"], (await store.Instances.FindDueBookmarksAsync(now.AddSeconds(30), 10, CancellationToken.None)).Select(b => b.Id));

        var early = (await store.Instances.FindDueBookmarksAsync(now.AddSeconds(30), 1, CancellationToken.None))[0];
        await store.Instances.ConsumeBookmarkAsync(early, null, timedOut: false, null, now, CancellationToken.None);
        var faultedBookmark = (await store.Instances.FindAsync("default", "faulted", CancellationToken.None))!.Bookmarks[0];
        await store.Instances.ConsumeBookmarkAsync(faultedBookmark, null, timedOut: false, null, now, CancellationToken.None);

        var runnable = await store.Instances.FindRunnableAsync(now, 10, CancellationToken.None);
        Assert.Equal(["crashed", "waiting"], runnable.Select(r => r.InstanceId).Order());

        Assert.True(await store.Instances.TryAcquireLeaseAsync("crashed", "worker", now.AddSeconds(30), now, CancellationToken.None));
        Assert.Equal(["waiting"], (await store.Instances.FindRunnableAsync(now, 10, CancellationToken.None)).Select(r => r.InstanceId));
        Assert.Contains("crashed", (await store.Instances.FindRunnableAsync(now.AddSeconds(31), 10, CancellationToken.None)).Select(r => r.InstanceId));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Instances_are_filtered_and_paged_newest_first(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var start = store.Time.GetUtcNow();
        for (var i = 0; i < 7; i++)
        {
            var instance = Samples.Instance($"i{i}", start.AddSeconds(i), workflow: i % 2 == 0 ? "even" : "odd", correlationId: $"c{i}",
                status: i == 3 ? WorkflowStatus.Faulted : WorkflowStatus.Finished);
            await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, IsNew = true }, CancellationToken.None);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await store.Instances.QueryAsync("default", new InstanceQuery { Limit = 3, Cursor = cursor }, CancellationToken.None);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(["i6", "i5", "i4", "i3", "i2", "i1", "i0"], seen);
        Assert.Equal(["i6", "i4", "i2", "i0"], (await store.Instances.QueryAsync("default", new InstanceQuery { WorkflowId = "even" }, CancellationToken.None)).Items.Select(i => i.Id));
        Assert.Equal("i3", Assert.Single((await store.Instances.QueryAsync("default", new InstanceQuery { Status = WorkflowStatus.Faulted }, CancellationToken.None)).Items).Id);
        Assert.Equal("i5", Assert.Single((await store.Instances.QueryAsync("default", new InstanceQuery { CorrelationId = "c5" }, CancellationToken.None)).Items).Id);
        Assert.Equal(["i3", "i2"], (await store.Instances.QueryAsync("default", new InstanceQuery { From = start.AddSeconds(2), To = start.AddSeconds(4) }, CancellationToken.None)).Items.Select(i => i.Id));
    }
}
