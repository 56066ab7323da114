using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>SendNpsSurvey's <c>oncePerDeal</c> on the real host: a deal is surveyed once, whichever run asks.</summary>
public sealed class SurveyOncePerDealTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public SurveyOncePerDealTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject SurveyFlow(string id, string url, bool? oncePerDeal = null, JsonObject? retry = null)
    {
        var send = new JsonObject { ["channel"] = "http", ["url"] = url, ["dealId"] = Js("input.dealId") };
        if (oncePerDeal is { } once)
        {
            send["oncePerDeal"] = once;
        }

        return Definition(id,
            [
                Activity("send", "SendNpsSurvey", send, retry: retry),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "survey", ["value"] = Js("outputs.send") }),
            ],
            [Connect("send", "keep")]);
    }

    private async Task<JsonNode> SurveyAsync(string workflowId, string? dealId) =>
        (await host.RunAsync(workflowId, dealId is null ? [] : new JsonObject { ["dealId"] = dealId }, wait: 10))["output"]!["survey"]!;

    [Fact]
    public async Task A_second_run_for_the_same_deal_reuses_its_survey_and_sends_nothing()
    {
        await using var receiver = await CaptureServer.StartAsync();
        await host.PublishAsync(SurveyFlow("nps-once", receiver.InboxUrl));
        await host.PublishAsync(SurveyFlow("nps-every-time", receiver.InboxUrl, oncePerDeal: false));

        var first = await SurveyAsync("nps-once", "deal-once-1");
        var second = await SurveyAsync("nps-once", "deal-once-1");

        Assert.False(first["alreadySurveyed"]!.GetValue<bool>());
        Assert.True(second["alreadySurveyed"]!.GetValue<bool>());
        Assert.Equal((first["token"]!.GetValue<string>(), first["link"]!.GetValue<string>()), (second["token"]!.GetValue<string>(), second["link"]!.GetValue<string>()));
        var post = Assert.Single(receiver.Posts);
        Assert.Equal(("deal-once-1", first["token"]!.GetValue<string>()), (post.Body["dealId"]!.GetValue<string>(), post.Body["token"]!.GetValue<string>()));

        // Another deal is surveyed; oncePerDeal false surveys again; without a deal every run makes its own survey.
        Assert.False((await SurveyAsync("nps-once", "deal-once-2"))["alreadySurveyed"]!.GetValue<bool>());
        var again = await SurveyAsync("nps-every-time", "deal-once-1");
        Assert.False(again["alreadySurveyed"]!.GetValue<bool>());
        Assert.NotEqual(first["token"]!.GetValue<string>(), again["token"]!.GetValue<string>());
        var (noDealA, noDealB) = (await SurveyAsync("nps-once", null), await SurveyAsync("nps-once", null));
        Assert.NotEqual(noDealA["token"]!.GetValue<string>(), noDealB["token"]!.GetValue<string>());
        Assert.Equal(5, receiver.Posts.Count);
    }

    [Fact]
    public async Task A_retried_send_for_a_deal_keeps_its_own_survey_and_is_not_already_surveyed()
    {
        await using var receiver = await CaptureServer.StartAsync(failFirst: 1);
        await host.PublishAsync(SurveyFlow("nps-once-retried", receiver.InboxUrl, retry: new JsonObject { ["maxAttempts"] = 2, ["initialDelay"] = "PT0.2S" }));

        var instanceId = (await host.RunAsync("nps-once-retried", new JsonObject { ["dealId"] = "deal-retried" }))["instanceId"]!.GetValue<string>();

        var survey = (await host.WaitForStatusAsync(instanceId, "Finished"))["output"]!["survey"]!;
        Assert.False(survey["alreadySurveyed"]!.GetValue<bool>());
        var posts = receiver.Posts.ToArray();
        Assert.Equal(2, posts.Length);
        Assert.All(posts, p => Assert.Equal(survey["token"]!.GetValue<string>(), p.Body["token"]!.GetValue<string>()));
    }
}
