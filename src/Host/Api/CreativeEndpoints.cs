using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Creatives;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Creatives;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>Ad creatives: <c>/api/creatives</c> (viewers read, editors approve).</summary>
internal static class CreativeEndpoints
{
    /// <summary>The most creatives one approval takes.</summary>
    public const int MaxIds = 100;

    public static RouteGroupBuilder MapCreativeEndpoints(this RouteGroupBuilder api)
    {
        var creatives = api.MapGroup("/creatives").WithTags("Creatives");
        creatives.MapGet("/", ListAsync);
        creatives.MapGet("/{id}", GetAsync);
        creatives.MapPost("/approve", ApproveAsync).RequireRole(Role.Editor);
        creatives.MapPost("/{id}/approve", ApproveOneAsync).RequireRole(Role.Editor);
        return api;
    }

    /// <summary>Newest first, filtered by campaign, batch and status.</summary>
    private static async Task<IResult> ListAsync(HttpContext http, CreativeStore store, string? campaignId, string? batchId, string? status, string? cursor, string? limit)
    {
        if ((ApiPages.LimitProblem(limit, out var size) ?? CreativeVocabulary.StatusProblem(status)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var query = new CreativeQuery { CampaignId = campaignId, BatchId = batchId, Status = status, Cursor = cursor, Limit = size };
        return await ApiPages.PageAsync(() => store.ListAsync(Caller.Of(http).TenantId, query, http.RequestAborted), CreativeViews.Creative);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, CreativeStore store)
    {
        var tenantId = Caller.Of(http).TenantId;
        if (await store.GetAsync(tenantId, id, http.RequestAborted) is not { } creative)
        {
            return NotFound([id]);
        }

        var deals = await store.ListDealsAsync(tenantId, id, http.RequestAborted);
        return Results.Ok(CreativeDetail.Of(CreativeViews.Creative(creative), deals.Select(CreativeViews.Deal).ToList()));
    }

    /// <summary><c>{ "ids": [...] }</c> → <c>{ "approved": [creatives] }</c>, all or nothing.</summary>
    private static async Task<IResult> ApproveAsync(HttpContext http, CreativeApprovals approvals)
    {
        var (body, invalid) = await JsonBody.ReadObjectAsync(http.Request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (IdsProblem(body!["ids"], out var ids) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var outcome = await approvals.ApproveAsync(Caller.Of(http).TenantId, ids, http.RequestAborted);
        return outcome.Unknown.Count > 0 ? NotFound(outcome.Unknown) : Results.Ok(new { approved = outcome.Creatives });
    }

    private static async Task<IResult> ApproveOneAsync(string id, HttpContext http, CreativeApprovals approvals)
    {
        var outcome = await approvals.ApproveAsync(Caller.Of(http).TenantId, [id], http.RequestAborted);
        return outcome.Unknown.Count > 0 ? NotFound(outcome.Unknown) : Results.Ok(outcome.Creatives[0]);
    }

    private static string? IdsProblem(JsonNode? node, out List<string> ids)
    {
        ids = [];
        if (node is not JsonArray array)
        {
            return "ids is required: the creatives to approve, as a JSON array of ids such as { \"ids\": [\"0193...\"] }.";
        }

        if (array.Count == 0)
        {
            return "ids is empty: give at least one creative id.";
        }

        if (array.Count > MaxIds)
        {
            return $"ids: {array.Count} ids are too many for one approval; at most {MaxIds}.";
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetValue<string>()))
            {
                return $"ids[{i}]: {array[i]?.ToJsonString() ?? "null"} is not a creative id; ids are non-empty strings.";
            }

            ids.Add(value.GetValue<string>().Trim());
        }

        return null;
    }

    private static IResult NotFound(IReadOnlyList<string> ids) => Problems.NotFound(ids.Count == 1
        ? $"Creative '{ids[0]}' was not found; nothing was approved."
        : $"Creatives {string.Join(", ", ids.Select(id => $"'{id}'"))} were not found; nothing was approved.");
}
