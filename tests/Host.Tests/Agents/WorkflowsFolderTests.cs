using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The files in the repository's <c>workflows/</c>: each is valid, published at start, and a template that fills in with its defaults.</summary>
public sealed class WorkflowsFolderTests
{
    public static TheoryData<string> Files() => new(Directory.EnumerateFiles(Repository.WorkflowsFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public async Task EveryFile_IsPublishedAtStart()
    {
        using var host = new TestHost(new() { ["Workflows:Path"] = Repository.WorkflowsFolder });

        var listed = (await host.Api.GetFromJsonAsync<JsonArray>("/api/workflows"))!;

        foreach (var file in Directory.EnumerateFiles(Repository.WorkflowsFolder, "*.json"))
        {
            var id = JsonNode.Parse(await File.ReadAllTextAsync(file))!["id"]!.GetValue<string>();
            var row = listed.SingleOrDefault(w => w!["id"]!.GetValue<string>() == id);
            Assert.True(row?["publishedVersion"] is not null, $"{Path.GetFileName(file)} ({id}) was not published at start: {string.Join("; ", host.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_Validates(string file)
    {
        using var host = new TestHost();
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.WorkflowsFolder, file)))!.AsObject();

        var response = await host.Api.PostAsJsonAsync($"/api/workflows/{definition["id"]}/validate", definition);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {body}");
        Assert.True(JsonNode.Parse(body)!["errors"]!.AsArray().Count == 0, $"{file}: {body}");
        if (definition["tags"]?.AsArray().Any(t => t?.GetValue<string>() == "agent") == true)
        {
            Assert.True(definition["template"]?["fields"]?.AsArray().Count > 0, $"{file}: an agent ships as a template with fields.");
        }
    }
}
