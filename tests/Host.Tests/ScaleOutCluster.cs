using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// Host processes sharing one PostgreSQL database (fresh per cluster) and one RabbitMQ (queues prefixed per
/// cluster): the configuration docker-compose.yml uses. Needs WORKFLOW_TEST_POSTGRES and WORKFLOW_TEST_RABBITMQ,
/// which scripts/test.sh sets.
/// </summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly string server;
    private readonly string database;
    private readonly Dictionary<string, string> settings;
    private readonly List<string> dataDirs = [];

    private ScaleOutCluster(string server, string database, Dictionary<string, string> settings)
    {
        this.server = server;
        this.database = database;
        this.settings = settings;
    }

    /// <summary>The settings every process of the cluster gets (docker-compose.yml sets the same keys).</summary>
    public IReadOnlyDictionary<string, string> Settings => settings;

    public List<HostProcess> Hosts { get; } = [];
    public string AdminKey { get; private set; } = "";

    public static async Task<ScaleOutCluster> StartAsync(int processes, TimeSpan leaseDuration)
    {
        var server = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
                     ?? throw new InvalidOperationException("WORKFLOW_TEST_POSTGRES is not set: run the tests through scripts/test.sh.");
        var rabbit = Environment.GetEnvironmentVariable("WORKFLOW_TEST_RABBITMQ")
                     ?? throw new InvalidOperationException("WORKFLOW_TEST_RABBITMQ is not set: run the tests through scripts/test.sh.");
        var name = "scale_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var cluster = new ScaleOutCluster(server, name, new Dictionary<string, string>
        {
            ["Store:Provider"] = "Postgres",
            ["ConnectionStrings:Store"] = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40, Username = AppUser(), Password = AppUser() }.ConnectionString,
            ["ConnectionStrings:StoreAdmin"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
            ["Bus:RabbitMq:Host"] = rabbit,
            ["Bus:EndpointPrefix"] = name,
            ["Runtime:LeaseDuration"] = leaseDuration.ToString("c"),
            ["RateLimits:PerKey:PermitsPerSecond"] = "100000", // these tests measure work, not the limiter
            ["RateLimits:PerKey:Burst"] = "100000",
        });

        // The first process migrates the database and bootstraps the admin key; the others join it.
        for (var i = 0; i < processes; i++)
        {
            await cluster.AddHostAsync();
        }

        return cluster;
    }

    private static string AppUser() => Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES_APP_USER")
                                       ?? throw new InvalidOperationException("WORKFLOW_TEST_POSTGRES_APP_USER is not set: run the tests through scripts/test.sh.");

    public async Task<HostProcess> AddHostAsync()
    {
        var dataDir = Directory.CreateTempSubdirectory("wfp-scale-").FullName;
        dataDirs.Add(dataDir);
        var host = await HostProcess.StartAsync(dataDir, settings);
        Hosts.Add(host);
        if (AdminKey.Length == 0)
        {
            AdminKey = (await File.ReadAllTextAsync(Path.Combine(dataDir, "admin-key.txt"))).Trim();
        }

        return host;
    }

    public HttpClient Client(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    public async Task PublishAsync(HttpClient api, JsonObject definition)
    {
        var id = definition["id"]!.GetValue<string>();
        var saved = await api.PutAsJsonAsync($"/api/workflows/{id}", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await api.PostAsync($"/api/workflows/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    /// <summary>How many instances of the workflow have each status, read page by page.</summary>
    public static async Task<Dictionary<string, int>> CountByStatusAsync(HttpClient api, string workflowId)
    {
        var counts = new Dictionary<string, int>();
        string? cursor = null;
        do
        {
            var page = (await api.GetFromJsonAsync<JsonObject>($"/api/instances?workflowId={workflowId}&limit=500{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            foreach (var item in page["items"]!.AsArray())
            {
                var status = item!["status"]!.GetValue<string>();
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }

            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            host.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        foreach (var dir in dataDirs)
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
