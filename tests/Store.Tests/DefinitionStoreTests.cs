using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Store.Tests;

public sealed class DefinitionStoreTests
{
    private static WorkflowDefinition Definition(string name) => new() { Id = "orders", Name = name, Tags = ["sales"] };

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Versions_are_saved_published_deleted_and_numbered_on(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var definitions = store.Definitions;
        var ct = CancellationToken.None;

        Assert.Equal(1, (await definitions.SaveDraftAsync("default", Definition("first"), "h1", "key-1", ct)).Version);
        Assert.Equal(2, (await definitions.SaveDraftAsync("default", Definition("second"), "h2", "key-1", ct)).Version);
        Assert.Null(await definitions.GetPublishedAsync("default", "orders", ct));
        Assert.Null(await definitions.PublishAsync("default", "orders", 9, ct));

        Assert.Equal("first", (await definitions.PublishAsync("default", "orders", 1, ct))!.Definition.Name);
        Assert.Equal(1, (await definitions.GetPublishedAsync("default", "orders", ct))!.Version);
        Assert.Equal("second", (await definitions.GetAsync("default", "orders", null, ct))!.Definition.Name);
        Assert.Equal("h1", (await definitions.GetAsync("default", "orders", 1, ct))!.ContentHash);

        await definitions.PublishAsync("default", "orders", 2, ct);
        var summary = Assert.Single(await definitions.ListAsync("default", ct));
        Assert.Equal((2, 2, "second"), (summary.LatestVersion, summary.PublishedVersion!.Value, summary.Name));
        Assert.Equal(["sales"], summary.Tags);
        Assert.Equal([false, true], (await definitions.ListVersionsAsync("default", "orders", ct)).Select(v => v.Published));
        Assert.Single(await definitions.ListPublishedAsync(ct));
        Assert.Empty(await definitions.ListAsync("other", ct));

        Assert.True(await definitions.DeleteAsync("default", "orders", ct));
        Assert.False(await definitions.DeleteAsync("default", "orders", ct));
        Assert.Empty(await definitions.ListAsync("default", ct));
        Assert.Empty(await definitions.ListPublishedAsync(ct));
        Assert.Null(await definitions.GetAsync("default", "orders", 1, ct));
        Assert.Equal("first", (await definitions.GetAsync("default", "orders", 1, ct, includeDeleted: true))!.Definition.Name);

        Assert.Equal(3, (await definitions.SaveDraftAsync("default", Definition("again"), "h3", null, ct)).Version);
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Concurrent_saves_get_distinct_versions(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var saved = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.Definitions.SaveDraftAsync("default", Definition($"v{i}"), $"h{i}", null, CancellationToken.None)));
        Assert.Equal([1, 2, 3, 4], saved.Select(s => s.Version).Order());
    }
}
