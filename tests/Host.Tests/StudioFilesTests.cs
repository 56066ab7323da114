using System.Net;
using System.Net.Http.Json;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// The Studio at <c>/</c>: its files, index.html for its own routes, and the host's paths left alone (they keep their
/// problem-details 404s). Without a build, its routes answer a page that says the Studio was not built.
/// </summary>
public sealed class StudioFilesTests(StudioFilesTests.BuiltStudio studio) : IClassFixture<StudioFilesTests.BuiltStudio>
{
    /// <summary>A host serving a small Studio build from a temporary folder.</summary>
    public sealed class BuiltStudio : IDisposable
    {
        public BuiltStudio()
        {
            File.WriteAllText(Path.Combine(Folder.FullName, "index.html"), "<!doctype html><title>Workflow Studio</title>");
            Directory.CreateDirectory(Path.Combine(Folder.FullName, "assets"));
            File.WriteAllText(Path.Combine(Folder.FullName, "assets", "index-abc123.js"), "console.log('studio');");
            Host = new TestHost(new() { ["Studio:Path"] = Folder.FullName });
        }

        public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("wfp-studio-");

        public TestHost Host { get; }

        public void Dispose()
        {
            Host.Dispose();
            Folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/designer/hello")]
    [InlineData("/some/studio/route")]
    public async Task Studio_routes_answer_index_html(string path)
    {
        using var client = studio.Host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Workflow Studio</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Built_assets_are_served_and_cached_for_good()
    {
        using var client = studio.Host.CreateClient();

        var response = await client.GetAsync("/assets/index-abc123.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('studio');", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/workflows/nothing-here")]
    [InlineData("/hooks")]
    [InlineData("/webhooks/nothing-here")]
    [InlineData("/nps")]
    [InlineData("/health")]
    [InlineData("/openapi/nothing-here")]
    [InlineData("/assets/missing.js")]
    public async Task Host_paths_and_missing_files_keep_their_404(string path)
    {
        using var client = studio.Host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_get_falls_back_to_the_studio()
    {
        using var client = studio.Host.CreateClient();

        var response = await client.PostAsJsonAsync("/designer/hello", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_build_the_studio_routes_say_it_was_not_built()
    {
        using var host = new TestHost(new() { ["Studio:Path"] = Path.Combine(studio.Folder.FullName, "not-there") });
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("The Studio was not built", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
