using System.Text;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Store.Tests;

public sealed class PlatformStoreTests
{
    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Usage_counts_runs_and_activity_executions_in_the_commits_that_did_them(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        foreach (var id in new[] { "i1", "i2" })
        {
            var instance = Samples.Instance(id, now);
            await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, IsNew = true, Journal = [Samples.Entry(1, JournalEvent.Started, now), Samples.Entry(2, JournalEvent.Suspended, now)] }, CancellationToken.None);
            await store.Instances.CommitAsync(new InstanceCommit { Instance = instance, Journal = [Samples.Entry(3, JournalEvent.Started, now)] }, CancellationToken.None);
        }

        var usage = await store.Get<UsageStore>().GetAsync("default", UsageStore.MonthOf(now), CancellationToken.None);
        Assert.Equal((2, 4), (usage.Runs, usage.ActivityExecutions));
        Assert.Equal(0, (await store.Get<UsageStore>().GetAsync("other", UsageStore.MonthOf(now), CancellationToken.None)).Runs);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task An_idempotency_key_is_claimed_once_and_replays_its_answer(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var keys = store.Get<IdempotencyStore>();
        var ct = CancellationToken.None;

        Assert.Null(await keys.ClaimAsync("default", "k1", "hash-a", ct));
        var inProgress = await keys.ClaimAsync("default", "k1", "hash-a", ct);
        Assert.False(inProgress!.Answered);

        await keys.CompleteAsync("default", "k1", 201, "application/json", Encoding.UTF8.GetBytes("{\"ok\":true}"), ct);
        var replay = await keys.ClaimAsync("default", "k1", "hash-a", ct);
        Assert.Equal((201, "hash-a", "{\"ok\":true}"), (replay!.Status, replay.RequestHash, Encoding.UTF8.GetString(replay.Body!)));
        Assert.Null(await keys.ClaimAsync("other-tenant", "k1", "hash-b", ct));

        store.Time.Advance(IdempotencyStore.Lifetime + TimeSpan.FromMinutes(1));
        Assert.Null(await keys.ClaimAsync("default", "k1", "hash-c", ct));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Secrets_connections_and_audit_are_kept_per_tenant(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ct = CancellationToken.None;
        var secrets = store.Get<SecretStore>();
        await secrets.SetAsync("default", "stripe", "cipher-1", ct);
        await secrets.SetAsync("default", "stripe", "cipher-2", ct);
        Assert.Equal("cipher-2", await secrets.GetProtectedAsync("default", "stripe", ct));
        Assert.Null(await secrets.GetProtectedAsync("other", "stripe", ct));
        Assert.Equal(["stripe"], (await secrets.ListAsync("default", ct)).Select(s => s.Name));

        var connections = store.Get<ConnectionStore>();
        await connections.PutAsync("default", "default", "openai", new() { ["baseUrl"] = "http://127.0.0.1:1", ["secret"] = "stripe" }, ct);
        await connections.PutAsync("default", "default", "asaas", new() { ["secret"] = "stripe" }, ct);
        Assert.Equal("http://127.0.0.1:1", (await connections.GetAsync("default", "openai", "default", ct))!.Settings["baseUrl"]!.GetValue<string>());
        Assert.Equal("asaas", (await connections.GetAsync("default", "asaas", "default", ct))!.Kind);
        Assert.Null(await connections.GetAsync("default", "stripe", "default", ct));
        Assert.Equal(2, (await connections.ListAsync("default", ct)).Count);
        Assert.Empty(await connections.ListAsync("other", ct));

        var audit = store.Get<AuditStore>();
        await audit.AppendAsync("default", "key-1", "admin", "PUT", "/api/workflows/a", 200, ct);
        await audit.AppendAsync("default", "key-1", "admin", "POST", "/api/workflows/a/publish", 200, ct);
        await audit.AppendAsync("other", "key-2", "admin", "POST", "/api/keys", 201, ct);
        var lines = await audit.ListAsync("default", null, 10, ct);
        Assert.Equal(["POST", "PUT"], lines.Select(l => l.Action));
        Assert.Single(await audit.ListAsync("default", lines[0].Id, 10, ct));
    }
}
