using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The NPS campaign (<c>workflows/nps-campaign.json</c>): the day's customers get the survey by e-mail; a detractor's answer becomes a task for the team.</summary>
public sealed partial class NpsCampaignTests
{
    [GeneratedRegex(@"https?://[^\s""<>]+/nps/[A-Za-z0-9_-]{43}")]
    private static partial Regex SurveyLink();

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    [Fact]
    public async Task DailyRun_SurveysTheCustomersWonAWeekAgoOnce_AndOnlyTheDetractorsAnswerCreatesAFollowUpTask()
    {
        await using var world = await AgentWorld.StartAsync();
        var now = world.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var caio = await WonCustomerAsync(world, "Caio Lima", "caio@example.com", "deal-caio", now.AddDays(-7.5));
        await WonCustomerAsync(world, "Duda Reis", "duda@example.com", "deal-duda", now.AddDays(-7.2));
        await WonCustomerAsync(world, "Eva Melo", "eva@example.com", "deal-eva", now.AddDays(-2));

        var run = await world.Host.RunAsync("nps-campaign", wait: 15);
        Assert.Equal(("Finished", 2), (Text(run, "status"), run["output"]!["surveyed"]!.GetValue<int>()));
        var surveys = new[] { await world.Smtp.NextAsync(), await world.Smtp.NextAsync() }.ToDictionary(m => m.To.Mailboxes.Single().Address, m => SurveyLink().Match(m.TextBody ?? "").Value);
        Assert.Equal(["caio@example.com", "duda@example.com"], surveys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await world.Host.RunAsync("nps-campaign", wait: 15))["output"]!["surveyed"]!.GetValue<int>());

        using var browser = world.Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(browser, surveys["duda@example.com"], 9, "Lovely")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(browser, surveys["caio@example.com"], 3, "Too slow to set up")).StatusCode);

        var alert = await world.Smtp.NextAsync();
        Assert.Equal(("team@example.com", "Acme: a detractor answered 3"), (alert.To.Mailboxes.Single().Address, alert.Subject));
        var tasks = (await world.Api.GetFromJsonAsync<JsonObject>("/api/tasks"))!["items"]!.AsArray();
        var task = Assert.Single(tasks)!;
        Assert.Equal(("Call back a detractor (NPS 3)", caio, "deal-caio"), (Text(task, "title"), Text(task, "leadId"), Text(task, "dealId")));
        Assert.Contains("Comment: Too slow to set up", Text(task, "notes"), StringComparison.Ordinal);
        Assert.Contains(Text(task, "id"), alert.TextBody, StringComparison.Ordinal);
    }

    private static async Task<string> WonCustomerAsync(AgentWorld world, string name, string email, string dealId, DateTimeOffset wonAt)
    {
        var lead = await world.Api.PostAsJsonAsync("/api/leads", new { name, email, stage = "customer" });
        Assert.True(lead.IsSuccessStatusCode, await lead.Content.ReadAsStringAsync());
        var leadId = Text((await lead.Content.ReadFromJsonAsync<JsonObject>())!, "id");
        await world.Host.Services.GetRequiredService<CrmStore>().CreateDealAsync(new DealRow
        {
            TenantId = "default", Id = dealId, LeadId = leadId, Title = "Acme Pro", ValueCents = 49_900, Currency = "BRL", Stage = "won", WonAt = wonAt,
        }, CancellationToken.None);
        return leadId;
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient browser, string link, int score, string comment) =>
        browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = link[(link.LastIndexOf('/') + 1)..], ["score"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = comment,
        }));
}
