namespace WorkflowPlatform.Host.Tests;

[Collection(ProcessCollection.Name)]
public sealed class ComposeTests
{
    /// <summary>docker-compose.yml cannot run here, so this keeps it configured as the multi-process tests are.</summary>
    [Fact]
    public async Task The_compose_file_configures_the_hosts_as_the_scale_out_tests_do()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(processes: 0, leaseDuration: TimeSpan.FromSeconds(30));
        var compose = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docker-compose.yml"));

        string[] testOnly = ["Runtime:LeaseDuration", "RateLimits:PerKey:PermitsPerSecond", "RateLimits:PerKey:Burst"];
        foreach (var key in cluster.Settings.Keys.Except(testOnly))
        {
            Assert.Contains($"{key.Replace(":", "__", StringComparison.Ordinal)}:", compose, StringComparison.Ordinal);
        }

        Assert.Contains("Store__Provider: Postgres", compose, StringComparison.Ordinal);
        Assert.Contains("Username=workflow_app", compose, StringComparison.Ordinal);
        Assert.Contains("image: pgvector/pgvector", compose, StringComparison.Ordinal);
        Assert.Contains("host-2:", compose, StringComparison.Ordinal);
    }
}
