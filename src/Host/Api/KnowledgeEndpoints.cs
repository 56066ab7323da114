using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.AspNetCore.Http.Features;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Knowledge;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Api;

/// <summary>The <c>/api/rag/*</c> calls: spaces, documents (text or URL), uploads ingested in the background, search.</summary>
internal static class KnowledgeEndpoints
{
    private static readonly string[] UploadTypes = [".pdf", ".html", ".htm", ".md", ".markdown", ".txt"];

    public static RouteGroupBuilder MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var rag = api.MapGroup("/rag").WithTags("Knowledge");
        rag.MapPost("/spaces", CreateSpaceAsync).RequireRole(Role.Editor);
        rag.MapGet("/spaces", async (HttpContext http, KnowledgeStore store) =>
            (await store.ListSpacesAsync(Caller.Of(http).TenantId, http.RequestAborted)).Select(Describe));
        rag.MapGet("/spaces/{id}/documents", ListDocumentsAsync);
        rag.MapPost("/spaces/{id}/documents", AddDocumentAsync).RequireRole(Role.Editor);
        rag.MapPost("/spaces/{id}/uploads", UploadAsync).RequireRole(Role.Editor).DisableAntiforgery();
        rag.MapGet("/uploads/{id}", GetUploadAsync);
        rag.MapGet("/search", SearchAsync);
        return api;
    }

    private static async Task<IResult> CreateSpaceAsync(HttpContext http, KnowledgeStore store, SpaceEmbedders embedders)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var id = Text(body!, "id");
        if (id is null || !Slugs.IsValid(id))
        {
            return Slugs.Refusal("id");
        }

        var tokens = Number(body!, "chunkTokens") ?? TextChunker.DefaultTokens;
        var overlap = Number(body!, "chunkOverlap") ?? TextChunker.DefaultOverlap;
        if (tokens is < 50 or > 8000 || overlap < 0 || overlap >= tokens)
        {
            return Problems.BadRequest("chunkTokens must be between 50 and 8000, and chunkOverlap at least 0 and less than chunkTokens.");
        }

        var tenantId = Caller.Of(http).TenantId;
        var embedder = Text(body!, "embedding") ?? await embedders.DefaultForAsync(tenantId, http.RequestAborted);
        if (await embedders.ProblemAsync(tenantId, embedder, http.RequestAborted) is { } unusable)
        {
            return Problems.BadRequest($"embedding: {unusable}");
        }

        var space = new RagSpaceRow
        {
            TenantId = tenantId, Id = id, Name = Text(body!, "name") ?? id, ChunkTokens = tokens, ChunkOverlap = overlap, Embedder = embedder,
            MaskPii = body!["maskPii"] is JsonValue mask && mask.TryGetValue<bool>(out var on) && on,
        };
        return await store.CreateSpaceAsync(space, http.RequestAborted)
            ? Results.Created($"/api/rag/spaces/{id}", Describe(space))
            : Problems.Conflict($"Space '{id}' exists already.");
    }

    private static async Task<IResult> ListDocumentsAsync(string id, HttpContext http, KnowledgeStore store)
    {
        var tenantId = Caller.Of(http).TenantId;
        if (await store.GetSpaceAsync(tenantId, id, http.RequestAborted) is null)
        {
            return Problems.NotFound($"Space '{id}' was not found.");
        }

        var documents = await store.ListDocumentsAsync(tenantId, id, http.RequestAborted);
        return Results.Ok(documents.Select(d => new { d.Id, d.Title, d.Source, d.CreatedAt, Meta = d.Meta is null ? null : JsonNode.Parse(d.Meta) }));
    }

    private static async Task<IResult> AddDocumentAsync(string id, HttpContext http, IKnowledgeIngest ingestion)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var text = Text(body!, "text");
        var url = Text(body!, "url");
        if (string.IsNullOrWhiteSpace(text) == (url is null))
        {
            return Problems.BadRequest("Give either text (a non-empty string) or url.");
        }

        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Problems.BadRequest($"url '{url}' is not an absolute URL.");
        }

        try
        {
            var request = new IngestRequest(Text(body!, "title"), text, url is null ? null : new Uri(url), Source: Text(body!, "source"),
                Meta: body!["meta"] as JsonObject, DocumentId: Text(body!, "documentId"));
            var added = await ingestion.IngestAsync(Caller.Of(http).TenantId, id, request, null, http.RequestAborted);
            return added is { } document
                ? Results.Ok(new { id = document.DocumentId, chunks = document.Chunks, duplicate = document.Duplicate })
                : Problems.NotFound($"Space '{id}' was not found.");
        }
        catch (IngestException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    /// <summary>Takes the file (within <see cref="KnowledgeOptions.MaxUploadBytes"/>) and queues its ingestion; <c>GET /api/rag/uploads/{id}</c> follows it.</summary>
    private static async Task<IResult> UploadAsync(string id, HttpContext http, KnowledgeStore store, RagUploadStore uploads, KnowledgeOptions options, IPublishEndpoint bus)
    {
        var tenantId = Caller.Of(http).TenantId;
        if (await store.GetSpaceAsync(tenantId, id, http.RequestAborted) is null)
        {
            return Problems.NotFound($"Space '{id}' was not found.");
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.BadRequest("Send the file as multipart/form-data in a field named 'file'.");
        }

        if (http.Request.ContentLength > options.MaxUploadBytes + 64 * 1024)
        {
            return TooLarge(options);
        }

        // The upload's own limits, above the API's usual body limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes }));
        IFormFile? file;
        try
        {
            file = (await http.Request.ReadFormAsync(http.RequestAborted)).Files.GetFile("file");
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? TooLarge(options) : Problems.BadRequest($"The upload could not be read: {exception.Message}");
        }

        if (file is null)
        {
            return Problems.BadRequest("Send the file as multipart/form-data in a field named 'file'.");
        }

        if (file.Length == 0)
        {
            return Problems.BadRequest($"'{file.FileName}' is empty.");
        }

        if (!UploadTypes.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
        {
            return Results.Problem($"'{file.FileName}' is not a supported type; upload PDF (.pdf), HTML (.html), Markdown (.md) or text (.txt).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, http.RequestAborted);
        var upload = new RagUploadRow
        {
            TenantId = tenantId, Id = Guid.CreateVersion7().ToString("N"), SpaceId = id, FileName = Path.GetFileName(file.FileName),
            ContentType = file.ContentType, Content = content.ToArray(), Status = "Queued",
        };
        await uploads.CreateAsync(upload, http.RequestAborted);
        await bus.Publish(new IngestUpload(tenantId, upload.Id), http.RequestAborted);
        return Results.Accepted($"/api/rag/uploads/{upload.Id}", new { uploadId = upload.Id, status = upload.Status });
    }

    private static async Task<IResult> GetUploadAsync(string id, HttpContext http, RagUploadStore uploads)
    {
        var upload = await uploads.GetAsync(Caller.Of(http).TenantId, id, http.RequestAborted);
        return upload is null
            ? Problems.NotFound($"Upload '{id}' was not found.")
            : Results.Ok(new
            {
                id = upload.Id, space = upload.SpaceId, fileName = upload.FileName, status = upload.Status, progress = Math.Round(upload.Progress, 3),
                chunks = upload.Chunks, documentId = upload.DocumentId, error = upload.Error, createdAt = upload.CreatedAt, updatedAt = upload.UpdatedAt,
            });
    }

    private static async Task<IResult> SearchAsync(string? space, string? q, int? k, double? minScore, string? mode, HttpContext http, IKnowledgeSearch search)
    {
        if (string.IsNullOrEmpty(space) || string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("space and q are required.");
        }

        mode ??= "hybrid";
        if (mode is not ("vector" or "keyword" or "hybrid") || k is < 1 or > 100)
        {
            return Problems.BadRequest("mode must be vector, keyword or hybrid, and k between 1 and 100.");
        }

        var hits = await search.SearchAsync(Caller.Of(http).TenantId, space, q, k ?? 6, minScore ?? 0, mode, http.RequestAborted);
        return hits is null ? Problems.NotFound($"Space '{space}' was not found.") : Results.Ok(hits);
    }

    private static IResult TooLarge(KnowledgeOptions options) =>
        Results.Problem($"The file is larger than the upload limit of {options.MaxUploadBytes} bytes (Knowledge:MaxUploadBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    private static object Describe(RagSpaceRow s) =>
        new { s.Id, s.Name, s.ChunkTokens, s.ChunkOverlap, embedding = s.Embedder, s.MaskPii };

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
