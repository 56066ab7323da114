using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// The real host on real Kestrel (loopback, random port) with its own data directory: SQLite store, in-memory bus,
/// the admin key it bootstraps. Nothing of ours is replaced.
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public const long MaxBodyBytes = 64 * 1024;

    private readonly DirectoryInfo dataDir;
    private readonly bool ownsDataDir;
    private readonly Dictionary<string, string?> settings;

    /// <param name="settings">Configuration on top of the defaults; a given <c>DataDir</c> is kept after disposal (to restart on it).</param>
    public TestHost(Dictionary<string, string?>? settings = null)
    {
        this.settings = settings ?? [];
        ownsDataDir = !this.settings.TryGetValue("DataDir", out var given) || given is null;
        dataDir = ownsDataDir ? Directory.CreateTempSubdirectory("wfp-host-") : new DirectoryInfo(given!);
        UseKestrel(0);
        StartServer();
        AdminKey = File.ReadAllText(Path.Combine(dataDir.FullName, "admin-key.txt")).Trim();
        Api = CreateClient();
        Api.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        Api.Timeout = TimeSpan.FromSeconds(60);
    }

    public string AdminKey { get; }

    /// <summary>Every line the host logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Api { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDir", dataDir.FullName);
        builder.UseSetting("Workflows:Path", Path.Combine(dataDir.FullName, "workflows"));
        builder.UseSetting("Limits:MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Expressions:TimeLimit", "00:00:01");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Saves the definition and publishes the new version; returns that version.</summary>
    public async Task<int> PublishAsync(JsonObject definition)
    {
        var id = definition["id"]!.GetValue<string>();
        var saved = await Api.PutAsJsonAsync($"/api/workflows/{id}", definition);
        var savedBody = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.IsSuccessStatusCode, $"Saving {id} failed: {(int)saved.StatusCode} {savedBody}");
        var version = JsonNode.Parse(savedBody)!["version"]!.GetValue<int>();
        var published = await Api.PostAsJsonAsync($"/api/workflows/{id}/publish", new { version });
        Assert.True(published.IsSuccessStatusCode, $"Publishing {id} failed: {await published.Content.ReadAsStringAsync()}");
        return version;
    }

    /// <summary>Starts the published workflow through the API and returns the run answer.</summary>
    public async Task<JsonObject> RunAsync(string workflowId, JsonObject? input = null, string? correlationId = null, int wait = 0)
    {
        var response = await Api.PostAsJsonAsync($"/api/workflows/{workflowId}/run?wait={wait}", new { input = input ?? [], correlationId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Running {workflowId} failed: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonObject> GetInstanceAsync(string instanceId) =>
        (await Api.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!;

    public async Task<JsonArray> GetJournalAsync(string instanceId) =>
        (await Api.GetFromJsonAsync<JsonArray>($"/api/instances/{instanceId}/journal"))!;

    /// <summary>Polls the instance until it reaches the status (the engine works in the background), or fails the test.</summary>
    public Task<JsonObject> WaitForStatusAsync(string instanceId, string status, int seconds = 20) =>
        Polling.UntilAsync(() => GetInstanceAsync(instanceId), i => i["status"]!.GetValue<string>() == status, seconds, $"instance {instanceId} to be {status}");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Api.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!ownsDataDir)
            {
                return;
            }

            try
            {
                dataDir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection: the temp directory is cleaned by the OS.
            }
        }
    }
}
