using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests.Knowledge;

/// <summary>Uploads through the API on the embedded store: ingested in the background through the bus, followed on the upload.</summary>
public sealed class UploadTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public UploadTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task Pdf_html_and_markdown_uploads_reach_done_and_search_finds_each_with_its_source()
    {
        await CreateSpaceAsync("uploads-kb");
        var files = new (string Name, byte[] Content, string Type)[]
        {
            ("returns.pdf", TestDocuments.Pdf("Returns policy\nA product can be returned within thirty days for a full refund."), "application/pdf"),
            ("shipping.html", TestDocuments.Html("Shipping", "Orders leave the Curitiba warehouse within two business days by courier."), "text/html"),
            ("pix.md", TestDocuments.Markdown("Paying with PIX", "A PIX payment is confirmed in seconds and the QR code expires after one hour."), "text/markdown"),
        };
        foreach (var (name, content, type) in files)
        {
            var upload = await FinishedAsync(await UploadAsync("uploads-kb", name, content, type));
            Assert.Equal("Done", upload["status"]!.GetValue<string>());
            Assert.Equal(1.0, upload["progress"]!.GetValue<double>());
            Assert.True(upload["chunks"]!.GetValue<int>() >= 1);
        }

        Assert.Equal("returns.pdf", await TopSourceAsync("uploads-kb", "can I return a product for a refund"));
        Assert.Equal("shipping.html", await TopSourceAsync("uploads-kb", "warehouse courier"));
        Assert.Equal("pix.md", await TopSourceAsync("uploads-kb", "when does the PIX QR code expire"));
        var html = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/search?space=uploads-kb&q=warehouse%20courier&k=1"))![0]!["chunk"]!.GetValue<string>();
        Assert.DoesNotContain("cookie banner", html, StringComparison.Ordinal); // the page's script and nav are not knowledge
        Assert.DoesNotContain("Login", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_a_file_again_replaces_its_document()
    {
        await CreateSpaceAsync("replace-kb");
        await FinishedAsync(await UploadAsync("replace-kb", "hours.md", TestDocuments.Markdown("Hours", "Support answers from 8 to 18 on weekdays."), "text/markdown"));
        await FinishedAsync(await UploadAsync("replace-kb", "hours.md", TestDocuments.Markdown("Hours", "Support answers around the clock, every day."), "text/markdown"));

        var documents = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/spaces/replace-kb/documents"))!;
        Assert.Single(documents);
        var hits = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/search?space=replace-kb&q=when%20does%20support%20answer&k=6"))!;
        Assert.Contains("around the clock", Assert.Single(hits)!["chunk"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_uploads_fail_with_a_clear_error_and_leave_the_space_as_it_was()
    {
        await CreateSpaceAsync("guarded-kb");
        await FinishedAsync(await UploadAsync("guarded-kb", "ok.txt", Encoding.UTF8.GetBytes("The only document: a clean text about boleto due dates."), "text/plain"));

        // Refused at once: wrong type and empty file.
        var wrongType = await PostFileAsync("guarded-kb", "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "image/png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Contains("not a supported type", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var empty = await PostFileAsync("guarded-kb", "empty.pdf", [], "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noFile = await host.Api.PostAsJsonAsync("/api/rag/spaces/guarded-kb/uploads", new { file = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);

        // Failed on the upload, once read: a corrupt PDF, and a PNG named .pdf.
        var corrupt = await FinishedAsync(await UploadAsync("guarded-kb", "broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref"), "application/pdf"));
        Assert.Equal("Failed", corrupt["status"]!.GetValue<string>());
        Assert.Contains("PDF", corrupt["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var disguised = await FinishedAsync(await UploadAsync("guarded-kb", "photo.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "application/pdf"));
        Assert.Equal("Failed", disguised["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(disguised["error"]!.GetValue<string>()));

        var documents = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/spaces/guarded-kb/documents"))!;
        Assert.Equal("ok.txt", Assert.Single(documents)!["source"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/rag/uploads/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFileAsync("no-such-space", "a.txt", "x"u8.ToArray(), "text/plain")).StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_and_the_host_keeps_serving()
    {
        await using var small = new TestHost(new() { ["Knowledge:MaxUploadBytes"] = "4096" });
        Assert.Equal(HttpStatusCode.Created, (await small.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "tiny" })).StatusCode);
        using var form = Form("big.txt", Encoding.UTF8.GetBytes(new string('a', 20_000)), "text/plain");
        var response = await small.Api.PostAsync("/api/rag/spaces/tiny/uploads", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("upload limit of 4096 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await small.Api.GetFromJsonAsync<JsonArray>("/api/rag/spaces/tiny/documents"))!);
        Assert.Equal(HttpStatusCode.OK, (await small.Api.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_space_that_masks_personal_data_stores_none()
    {
        Assert.Equal(HttpStatusCode.Created, (await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = "masked-kb", maskPii = true })).StatusCode);
        var text = "Customer Ana (ana.souza@example.com, +55 11 98765-4321, CPF 529.982.247-25) asked about the enterprise plan.";
        await FinishedAsync(await UploadAsync("masked-kb", "ticket.txt", Encoding.UTF8.GetBytes(text), "text/plain"));

        var chunk = (await host.Api.GetFromJsonAsync<JsonArray>("/api/rag/search?space=masked-kb&q=enterprise%20plan&k=1"))![0]!["chunk"]!.GetValue<string>();
        Assert.Contains("enterprise plan", chunk, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.souza@example.com", chunk, StringComparison.Ordinal);
        Assert.DoesNotContain("98765-4321", chunk, StringComparison.Ordinal);
        Assert.DoesNotContain("529.982.247-25", chunk, StringComparison.Ordinal);
    }

    private async Task CreateSpaceAsync(string id) =>
        Assert.Equal(HttpStatusCode.Created, (await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id, chunkTokens = 200, chunkOverlap = 20 })).StatusCode);

    private async Task<string> UploadAsync(string space, string name, byte[] content, string type)
    {
        var response = await PostFileAsync(space, name, content, type);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["uploadId"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> PostFileAsync(string space, string name, byte[] content, string type) =>
        host.Api.PostAsync($"/api/rag/spaces/{space}/uploads", Form(name, content, type));

    private static MultipartFormDataContent Form(string name, byte[] content, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Follows the upload until it is Done or Failed; its progress never goes back on the way.</summary>
    private async Task<JsonObject> FinishedAsync(string uploadId)
    {
        var last = 0.0;
        for (var i = 0; i < 500; i++)
        {
            var upload = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/rag/uploads/{uploadId}"))!;
            var progress = upload["progress"]!.GetValue<double>();
            Assert.InRange(progress, 0, 1);
            if (upload["status"]!.GetValue<string>() is "Done" or "Failed")
            {
                return upload;
            }

            Assert.True(progress >= last, $"progress went back from {last} to {progress}");
            last = progress;
            await Task.Delay(20);
        }

        throw new TimeoutException($"Upload {uploadId} did not finish.");
    }

    private async Task<string> TopSourceAsync(string space, string query) =>
        (await host.Api.GetFromJsonAsync<JsonArray>($"/api/rag/search?space={space}&q={Uri.EscapeDataString(query)}&k=1"))![0]!["source"]!.GetValue<string>();
}
