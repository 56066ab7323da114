using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>The RagIngest activity: a flow adds text, a fetched page and a file to a space, then finds them.</summary>
public sealed class RagIngestTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public RagIngestTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task A_flow_ingests_text_a_url_and_a_file_and_RagSearch_finds_each_with_its_source()
    {
        var (site, url) = await Loopback.StartAsync(app => app.MapGet("/help/warranty", () => Results.Content(
            Encoding.UTF8.GetString(TestDocuments.Html("Warranty", "Every blender carries a two year warranty against motor failure.")), "text/html")));
        await using var _ = site;
        await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "flow-kb" });
        var pdf = Convert.ToBase64String(TestDocuments.Pdf("Installments\nPurchases above R$ 500 can be split in ten installments."));
        await host.PublishAsync(Definition("fill-kb",
            [
                Activity("text", "RagIngest", new JsonObject { ["space"] = "flow-kb", ["title"] = "Hours", ["text"] = "The showroom opens on Saturdays until noon.", ["source"] = "kb/hours" }),
                Activity("page", "RagIngest", new JsonObject { ["space"] = "flow-kb", ["url"] = $"{url}/help/warranty" }),
                Activity("file", "RagIngest", new JsonObject { ["space"] = "flow-kb", ["fileName"] = "installments.pdf", ["contentBase64"] = pdf }),
                Activity("find", "RagSearch", new JsonObject { ["space"] = "flow-kb", ["query"] = Js("input.question"), ["k"] = 1 }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "source", ["value"] = Js("outputs.find.chunks[0].source") }),
            ],
            [Connect("text", "page"), Connect("page", "file"), Connect("file", "find"), Connect("find", "keep")]));

        Assert.Equal("kb/hours", await SourceForAsync("is the showroom open on saturday"));
        Assert.Equal($"{url}/help/warranty", await SourceForAsync("blender motor warranty"));
        Assert.Equal("installments.pdf", await SourceForAsync("split the purchase in installments"));
    }

    [Fact]
    public async Task Bad_ingest_inputs_fail_the_activity_with_a_message_that_names_the_problem()
    {
        await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "strict-kb" });
        foreach (var (inputs, message) in new (JsonObject, string)[]
        {
            (new JsonObject { ["space"] = "strict-kb" }, "exactly one of text, url, or contentBase64"),
            (new JsonObject { ["space"] = "strict-kb", ["text"] = "x", ["url"] = "http://127.0.0.1:1/" }, "exactly one of"),
            (new JsonObject { ["space"] = "strict-kb", ["url"] = "http://127.0.0.1:1/nothing-listens" }, "Fetching http://127.0.0.1:1/nothing-listens failed"),
            (new JsonObject { ["space"] = "strict-kb", ["fileName"] = "a.pdf", ["contentBase64"] = Convert.ToBase64String("%PDF-1.7 broken"u8.ToArray()) }, "PDF"),
            (new JsonObject { ["space"] = "nowhere", ["text"] = "x" }, "Knowledge space 'nowhere' does not exist"),
        })
        {
            var id = "bad-ingest-" + Guid.NewGuid().ToString("N")[..6];
            await host.PublishAsync(Definition(id, [Activity("add", "RagIngest", inputs)], []));
            var run = await host.RunAsync(id, new JsonObject(), wait: 10);
            Assert.Equal("Faulted", run["status"]!.GetValue<string>());
            var instance = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/instances/{run["instanceId"]!.GetValue<string>()}"))!;
            Assert.Contains(message, instance["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Empty((await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/spaces/strict-kb/documents"))!);
    }

    private async Task<string> SourceForAsync(string question)
    {
        var run = await host.RunAsync("fill-kb", new JsonObject { ["question"] = question }, wait: 10);
        return run["output"]!["source"]!.GetValue<string>();
    }
}
