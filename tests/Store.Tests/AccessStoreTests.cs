namespace WorkflowPlatform.Store.Tests;

public sealed class AccessStoreTests
{
    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Keys_are_found_by_their_secret_and_only_by_it(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ct = CancellationToken.None;
        Assert.Equal(0, await store.Access.CountTenantsAsync(ct));
        Assert.True(await store.Access.CreateTenantAsync("default", "Default", ct));
        Assert.False(await store.Access.CreateTenantAsync("default", "Again", ct));
        Assert.True(await store.Access.TenantExistsAsync("default", ct));

        var (key, secret) = await store.Access.CreateKeyAsync("default", "bootstrap", "admin", isPlatformAdmin: true, ct);
        Assert.StartsWith("wfp_", secret, StringComparison.Ordinal);

        var found = await store.Access.FindKeyAsync(secret, ct);
        Assert.Equal((key.Id, "default", "admin", true), (found!.Id, found.TenantId, found.Role, found.IsPlatformAdmin));
        Assert.Null(await store.Access.FindKeyAsync(secret + "x", ct));
        Assert.Null(await store.Access.FindKeyAsync("not-a-key", ct));
    }
}
