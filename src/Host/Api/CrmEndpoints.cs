using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Crm;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>The built-in CRM: <c>/api/leads</c> (with their threads and deals), <c>/api/deals</c> and <c>/api/threads/{id}/messages</c>.</summary>
internal static class CrmEndpoints
{
    public static RouteGroupBuilder MapCrmEndpoints(this RouteGroupBuilder api)
    {
        var leads = api.MapGroup("/leads").WithTags("CRM");
        leads.MapGet("/", ListLeadsAsync);
        leads.MapPost("/", UpsertLeadAsync).RequireRole(Role.Editor);
        leads.MapGet("/{id}", GetLeadAsync);
        leads.MapPatch("/{id}", UpdateLeadAsync).RequireRole(Role.Editor);
        leads.MapGet("/{id}/threads", ListThreadsAsync);
        api.MapGet("/deals", ListDealsAsync).WithTags("CRM");
        api.MapGet("/threads/{id}/messages", ListMessagesAsync).WithTags("CRM");
        return api;
    }

    private static async Task<IResult> ListLeadsAsync(HttpContext http, CrmStore store, string? stage, string? source, string? search, string? cursor, string? limit)
    {
        if ((LimitProblem(limit, out var size) ?? CrmVocabulary.LeadStageProblem(stage)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var query = new LeadQuery { Stage = stage, Source = source, Search = search, Cursor = cursor, Limit = size };
        return await PageAsync(() => store.ListLeadsAsync(Caller.Of(http).TenantId, query, http.RequestAborted), CrmViews.Lead);
    }

    /// <summary>Creates the lead (201) or updates the one with its e-mail or phone (200).</summary>
    private static async Task<IResult> UpsertLeadAsync(HttpContext http, ICrm crm)
    {
        var (body, invalid) = await JsonBody.ReadAsync<LeadFields>(http.Request);
        if (invalid is not null)
        {
            return invalid;
        }

        try
        {
            var (lead, created) = await crm.UpsertLeadAsync(Caller.Of(http).TenantId, body!, http.RequestAborted);
            return created ? Results.Created($"/api/leads/{lead.Id}", lead) : Results.Ok(lead);
        }
        catch (CrmException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    private static async Task<IResult> GetLeadAsync(string id, HttpContext http, CrmStore store)
    {
        var tenantId = Caller.Of(http).TenantId;
        if (await store.GetLeadAsync(tenantId, id, http.RequestAborted) is not { } lead)
        {
            return LeadNotFound(id);
        }

        var threads = await store.ListThreadsAsync(tenantId, id, http.RequestAborted);
        var deals = await store.ListDealsAsync(tenantId, new DealQuery { LeadId = id, Limit = 500 }, http.RequestAborted);
        return Results.Ok(LeadDetail.Of(CrmViews.Lead(lead), threads.Select(CrmViews.Thread).ToList(), deals.Items.Select(CrmViews.Deal).ToList()));
    }

    private static async Task<IResult> UpdateLeadAsync(string id, HttpContext http, ICrm crm)
    {
        var (body, invalid) = await JsonBody.ReadAsync<LeadPatch>(http.Request);
        if (invalid is not null)
        {
            return invalid;
        }

        try
        {
            return await crm.UpdateLeadAsync(Caller.Of(http).TenantId, id, body!.Stage, body.Score, body.Meta, http.RequestAborted) is { } lead
                ? Results.Ok(lead)
                : LeadNotFound(id);
        }
        catch (CrmException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    private static async Task<IResult> ListThreadsAsync(string id, HttpContext http, CrmStore store)
    {
        var tenantId = Caller.Of(http).TenantId;
        return await store.GetLeadAsync(tenantId, id, http.RequestAborted) is null
            ? LeadNotFound(id)
            : Results.Ok((await store.ListThreadsAsync(tenantId, id, http.RequestAborted)).Select(CrmViews.Thread));
    }

    private static async Task<IResult> ListDealsAsync(HttpContext http, CrmStore store, string? stage, string? leadId, string? won, string? cursor, string? limit)
    {
        bool? wonOnly = won is null ? null : bool.TryParse(won, out var parsed) ? parsed : null;
        var problem = LimitProblem(limit, out var size)
                      ?? CrmVocabulary.KnownDealStageProblem(stage)
                      ?? (won is not null && wonOnly is null ? $"won: '{won}' is not true or false." : null);
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        var query = new DealQuery { Stage = stage, LeadId = leadId, Won = wonOnly, Cursor = cursor, Limit = size };
        return await PageAsync(() => store.ListDealsAsync(Caller.Of(http).TenantId, query, http.RequestAborted), CrmViews.Deal);
    }

    /// <summary>The thread's messages oldest first, <c>limit</c> (default 100) at a time.</summary>
    private static async Task<IResult> ListMessagesAsync(string id, HttpContext http, CrmStore store, string? cursor, string? limit)
    {
        if (LimitProblem(limit, out var size, fallback: 100) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var tenantId = Caller.Of(http).TenantId;
        if (await store.GetThreadAsync(tenantId, id, http.RequestAborted) is null)
        {
            return Problems.NotFound($"Thread '{id}' was not found.");
        }

        return await PageAsync(() => store.ListMessagesAsync(tenantId, id, cursor, size, http.RequestAborted), CrmViews.Message);
    }

    /// <summary>A page as <c>/api/instances</c> answers one: <c>{ items, nextCursor }</c>; a cursor this API did not make is a 400.</summary>
    private static async Task<IResult> PageAsync<TRow, TView>(Func<Task<CrmPage<TRow>>> read, Func<TRow, TView> view)
    {
        try
        {
            var page = await read();
            return Results.Ok(new { items = page.Items.Select(view), nextCursor = page.NextCursor });
        }
        catch (FormatException exception)
        {
            return Problems.BadRequest($"cursor: {exception.Message}");
        }
    }

    private static string? LimitProblem(string? limit, out int size, int fallback = 50)
    {
        size = fallback;
        if (limit is null)
        {
            return null;
        }

        return int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= 500
            ? null
            : $"limit: '{limit}' is not a page size; use 1 to 500.";
    }

    private static IResult LeadNotFound(string id) => Problems.NotFound($"Lead '{id}' was not found.");

    /// <summary>The body of <c>PATCH /api/leads/{id}</c>: what is given changes, meta is merged.</summary>
    private sealed record LeadPatch(string? Stage = null, int? Score = null, JsonObject? Meta = null);
}
