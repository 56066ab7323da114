using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests.Ads;

/// <summary>
/// A loopback Graph API (Marketing API shape, version <see cref="Version"/>) for one ad account: campaigns with daily
/// budgets and campaign-level insights set by the test, served in pages of <see cref="PageSize"/> with
/// <c>paging.cursors</c> and <c>paging.next</c>; figures as strings, as Meta sends them. It checks
/// <c>Authorization: Bearer</c> and answers Meta's error shape (<c>OAuthException</c>, code 190) otherwise, records
/// every GET and every budget POST, and answers code 100 for unknown objects and bad parameters.
/// </summary>
public sealed class FakeMetaAds : IAsyncDisposable
{
    public const string Token = "EAAB-fake-meta-token-0123456789";
    public const string AccountId = "1234567890";
    public const string Version = "v21.0";

    private readonly ConcurrentDictionary<string, JsonObject> campaigns = new();
    private readonly ConcurrentQueue<string> campaignOrder = new();
    private readonly ConcurrentDictionary<string, List<JsonObject>> insights = new();
    private readonly ConcurrentQueue<BudgetPost> budgetPosts = new();
    private readonly ConcurrentQueue<string> reads = new();
    private WebApplication app = null!;

    public string Url { get; private set; } = "";

    /// <summary>What a connection's <c>baseUrl</c> is: the server and the API version.</summary>
    public string BaseUrl => $"{Url}/{Version}";

    /// <summary>Items per page of a list (insights and campaigns).</summary>
    public int PageSize { get; set; } = 25;

    public IReadOnlyList<BudgetPost> BudgetPosts => budgetPosts.ToList();

    /// <summary>Every GET that passed the token check, as path and query.</summary>
    public IReadOnlyList<string> Reads => reads.ToList();

    public static async Task<FakeMetaAds> StartAsync()
    {
        var fake = new FakeMetaAds();
        (fake.app, fake.Url) = await Loopback.StartAsync(app =>
        {
            app.MapGet($"/{Version}/act_{{account}}/insights", fake.Insights);
            app.MapGet($"/{Version}/act_{{account}}/campaigns", fake.Campaigns);
            app.MapGet($"/{Version}/{{id}}", fake.Campaign);
            app.MapPost($"/{Version}/{{id}}", fake.UpdateAsync);
        });
        return fake;
    }

    /// <summary>A campaign of the account; a null budget is a campaign whose budget is set on its ad sets.</summary>
    public void AddCampaign(string id, string name, long? dailyBudgetCents, string status = "ACTIVE")
    {
        var campaign = new JsonObject { ["id"] = id, ["name"] = name, ["status"] = status };
        if (dailyBudgetCents is { } budget)
        {
            campaign["daily_budget"] = budget.ToString(CultureInfo.InvariantCulture);
        }

        if (campaigns.TryAdd(id, campaign))
        {
            campaignOrder.Enqueue(id);
        }
    }

    public long? DailyBudget(string id) =>
        campaigns[id]["daily_budget"] is { } budget ? long.Parse(budget.GetValue<string>(), CultureInfo.InvariantCulture) : null;

    /// <summary>The insight rows answered for a date preset (replacing earlier ones), in Meta's shape with string figures.</summary>
    public void SetInsights(string datePreset, params Insight[] rows) =>
        insights[datePreset] = rows.Select(r => r.ToJson(campaigns.TryGetValue(r.CampaignId, out var c) ? c["name"]!.GetValue<string>() : r.CampaignId)).ToList();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private IResult Insights(string account, HttpRequest request)
    {
        if (Refused(request, account) is { } refused)
        {
            return refused;
        }

        var preset = request.Query["date_preset"].ToString();
        if (request.Query["level"] != "campaign" || !request.Query["fields"].ToString().Split(',').Contains("campaign_id"))
        {
            return Error(400, "OAuthException", 100, "(#100) level=campaign and fields with campaign_id are what this fake serves.");
        }

        return Page(request, insights.GetValueOrDefault(preset) ?? []);
    }

    private IResult Campaigns(string account, HttpRequest request) =>
        Refused(request, account) ?? Page(request, campaignOrder.Select(id => campaigns[id]).ToList());

    private IResult Campaign(string id, HttpRequest request)
    {
        if (Refused(request, AccountId) is { } refused)
        {
            return refused;
        }

        if (!campaigns.TryGetValue(id, out var campaign))
        {
            return UnknownObject(id);
        }

        var fields = request.Query["fields"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var answer = new JsonObject();
        foreach (var field in fields.Length == 0 ? ["id", "name"] : fields)
        {
            if (campaign[field] is { } value)
            {
                answer[field] = value.DeepClone();
            }
        }

        return Json(answer);
    }

    private async Task<IResult> UpdateAsync(string id, HttpRequest request)
    {
        if (Refused(request, AccountId) is { } refused)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var budget = form["daily_budget"].ToString();
        budgetPosts.Enqueue(new BudgetPost(id, budget));
        if (!campaigns.TryGetValue(id, out var campaign))
        {
            return UnknownObject(id);
        }

        if (!long.TryParse(budget, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents < 1)
        {
            return Error(400, "OAuthException", 100, "(#100) Invalid parameter", subcode: 1885272);
        }

        campaign["daily_budget"] = cents.ToString(CultureInfo.InvariantCulture);
        return Json(new JsonObject { ["success"] = true });
    }

    /// <summary>One page from the <c>after</c> cursor (an offset here), with <c>next</c> built like Meta's: the same query plus <c>after</c>.</summary>
    private IResult Page(HttpRequest request, IReadOnlyList<JsonObject> items)
    {
        var start = request.Query["after"].ToString() is { Length: > 0 } after ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture) : 0;
        var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var asked) ? Math.Min(asked, PageSize) : PageSize;
        var page = items.Skip(start).Take(limit).ToList();
        var end = start + page.Count;
        var paging = new JsonObject
        {
            ["cursors"] = new JsonObject { ["before"] = Cursor(start), ["after"] = Cursor(end) },
        };
        if (end < items.Count)
        {
            var query = request.Query.Where(q => q.Key != "after").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}").Append($"after={Uri.EscapeDataString(Cursor(end))}");
            paging["next"] = $"{Url}{request.Path}?{string.Join('&', query)}";
        }

        return Json(new JsonObject { ["data"] = new JsonArray([.. page.Select(p => (JsonNode)p.DeepClone())]), ["paging"] = paging });
    }

    private IResult? Refused(HttpRequest request, string account)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            return Error(401, "OAuthException", 190, "Invalid OAuth access token - Cannot parse access token");
        }

        if (account != AccountId)
        {
            return Error(400, "OAuthException", 100, $"(#100) Ad account owner has NOT grant ads_management or ads_read permission for act_{account}");
        }

        if (request.Method == "GET")
        {
            reads.Enqueue($"{request.Path}{request.QueryString}");
        }

        return null;
    }

    private static IResult UnknownObject(string id) => Error(400, "GraphMethodException", 100,
        $"Unsupported get request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", subcode: 33);

    private static IResult Error(int status, string type, int code, string message, int? subcode = null) => Results.Json(new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = message, ["type"] = type, ["code"] = code, ["error_subcode"] = subcode, ["fbtrace_id"] = "AbCdEfGhIjK",
        },
    }, statusCode: status);

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(), "application/json", Encoding.UTF8, 200);

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>One budget POST as received: the campaign and its <c>daily_budget</c> form field.</summary>
    public sealed record BudgetPost(string CampaignId, string DailyBudget);

    /// <summary>One campaign's insight row for a day, with money in whole units of the currency as Meta sends it.</summary>
    public sealed record Insight(
        string CampaignId, string Date, long Impressions, long Clicks, string Spend, string Currency = "BRL",
        string? Purchases = null, string? PurchaseValue = null, string? Leads = null)
    {
        public JsonObject ToJson(string name)
        {
            JsonArray Stats(params (string Type, string? Value)[] stats) =>
                new([.. stats.Where(s => s.Value is not null).Select(s => (JsonNode)new JsonObject { ["action_type"] = s.Type, ["value"] = s.Value })]);

            var row = new JsonObject
            {
                ["campaign_id"] = CampaignId, ["campaign_name"] = name,
                ["impressions"] = Impressions.ToString(CultureInfo.InvariantCulture), ["clicks"] = Clicks.ToString(CultureInfo.InvariantCulture),
                ["spend"] = Spend, ["account_currency"] = Currency, ["date_start"] = Date, ["date_stop"] = Date,
            };
            if (Purchases is not null || Leads is not null)
            {
                row["actions"] = Stats(("link_click", Clicks.ToString(CultureInfo.InvariantCulture)), ("purchase", Purchases), ("lead", Leads));
            }

            if (PurchaseValue is not null)
            {
                row["action_values"] = Stats(("purchase", PurchaseValue));
            }

            return row;
        }
    }
}
