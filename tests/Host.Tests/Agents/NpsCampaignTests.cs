using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The NPS campaign (<c>workflows/nps-campaign.json</c>): the day's customers get the survey by e-mail; a detractor's answer becomes a task for the team.</summary>
public sealed class NpsCampaignTests
{
    [Fact]
    public async Task DailyRun_SurveysTheCustomersWonAWeekAgoOnce_AndOnlyTheDetractorsAnswerCreatesAFollowUpTask()
    {
        await using var world = await AgentWorld.StartAsync();
        var now = world.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var caio = await world.WonCustomerAsync("Caio Lima", "caio@example.com", "deal-caio", now.AddDays(-7.5));
        await world.WonCustomerAsync("Duda Reis", "duda@example.com", "deal-duda", now.AddDays(-7.2));
        await world.WonCustomerAsync("Eva Melo", "eva@example.com", "deal-eva", now.AddDays(-2));

        var run = await world.Host.RunAsync("nps-campaign", wait: 15);
        Assert.Equal(("Finished", 2), (Text(run, "status"), run["output"]!["surveyed"]!.GetValue<int>()));
        var surveys = await world.SurveyLinksAsync(2);
        Assert.Equal(["caio@example.com", "duda@example.com"], surveys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await world.Host.RunAsync("nps-campaign", wait: 15))["output"]!["surveyed"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await world.AnswerSurveyAsync(surveys["duda@example.com"], 9, "Lovely")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.AnswerSurveyAsync(surveys["caio@example.com"], 3, "Too slow to set up")).StatusCode);

        var alert = await world.Smtp.NextAsync();
        Assert.Equal(("team@example.com", "Acme: a detractor answered 3"), (alert.To.Mailboxes.Single().Address, alert.Subject));
        var tasks = (await world.Api.GetFromJsonAsync<JsonObject>("/api/tasks"))!["items"]!.AsArray();
        var task = Assert.Single(tasks)!;
        Assert.Equal(("Call back a detractor (NPS 3)", caio, "deal-caio"), (Text(task, "title"), Text(task, "leadId"), Text(task, "dealId")));
        Assert.Contains("Comment: Too slow to set up", Text(task, "notes"), StringComparison.Ordinal);
        Assert.Contains(Text(task, "id"), alert.TextBody, StringComparison.Ordinal);

        // The team works the task through the API; another tenant does not see it.
        var taskId = Text(task, "id");
        var done = (await (await world.Api.PostAsync($"/api/tasks/{taskId}/done", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("done", Text(done, "status"));
        var again = (await (await world.Api.PostAsync($"/api/tasks/{taskId}/done", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(done.ToJsonString(), again.ToJsonString());
        Assert.Empty((await world.Api.GetFromJsonAsync<JsonObject>("/api/tasks?status=open"))!["items"]!.AsArray());
        var badStatus = await world.Api.GetAsync("/api/tasks?status=someday");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("'someday' is not a task status", await badStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Api.PostAsync("/api/tasks/no-such-task/done", null)).StatusCode);
        using var other = await world.OtherTenantAsync("nps-other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonObject>("/api/tasks"))!["items"]!.AsArray());
    }
}
