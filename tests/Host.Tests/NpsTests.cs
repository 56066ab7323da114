using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// NPS end to end on the real host: the survey e-mail through a real SMTP server on loopback, the public page answered
/// as a browser would (GET, then a form POST), the waiting instance resumed, and the figures of <c>/api/metrics/kpi</c>.
/// </summary>
public sealed partial class NpsTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public NpsTests(HostFixture fixture) => host = fixture.Host;

    [GeneratedRegex(@"https?://[^\s""<>]+/nps/[A-Za-z0-9_-]{43}")]
    private static partial Regex SurveyLink();

    /// <summary>Sends a survey, waits for the answer (or the time-out) and keeps what came back as the output <c>answer</c>.</summary>
    private static JsonObject SurveyFlow(string id, JsonObject send, string timeout = "PT1M") => Definition(id,
        [
            Activity("send", "SendNpsSurvey", send),
            Activity("wait", "WaitForNpsResponse", new JsonObject { ["token"] = Js("outputs.send.token"), ["timeout"] = timeout }),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "answer", ["value"] = Js("outputs.wait") }),
            Activity("late", "SetOutput", new JsonObject { ["name"] = "answer", ["value"] = "timed out" }),
        ],
        [Connect("send", "wait"), Connect("wait", "keep", "Responded"), Connect("wait", "late", "TimedOut")]);

    /// <summary>Only sends the survey (by HTTP to <paramref name="url"/>) and outputs it.</summary>
    private static JsonObject SendOnlyFlow(string id, string url, string expiresIn = "P7D") => Definition(id,
        [
            Activity("send", "SendNpsSurvey", new JsonObject { ["channel"] = "http", ["url"] = url, ["expiresIn"] = expiresIn }),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "survey", ["value"] = Js("outputs.send") }),
        ],
        [Connect("send", "keep")]);

    private static async Task ConnectSmtpAsync(TestHost target, string name, FakeSmtpServer smtp)
    {
        var secret = await target.Api.PostAsJsonAsync("/api/secrets", new { name = $"{name}-password", value = FakeSmtpServer.Password });
        Assert.True(secret.IsSuccessStatusCode, await secret.Content.ReadAsStringAsync());
        var put = await target.Api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "smtp",
            ["host"] = "127.0.0.1",
            ["port"] = smtp.Port,
            ["username"] = FakeSmtpServer.User,
            ["secret"] = $"{name}-password",
            ["from"] = "Acme Team <team@acme.test>",
            ["useTls"] = false,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    /// <summary>A loopback receiver for channel http: keeps each POSTed body and its Idempotency-Key; answers 503 <paramref name="failFirst"/> times.</summary>
    private static async Task<(WebApplication App, string Url, ConcurrentQueue<(JsonObject Body, string? Key)> Posts)> StartReceiverAsync(int failFirst = 0)
    {
        var posts = new ConcurrentQueue<(JsonObject, string?)>();
        var calls = 0;
        var (app, url) = await Loopback.StartAsync(app => app.MapPost("/surveys", async (HttpContext http) =>
        {
            var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            posts.Enqueue((body, http.Request.Headers["Idempotency-Key"].ToString()));
            return Interlocked.Increment(ref calls) <= failFirst ? Results.StatusCode(503) : Results.Ok();
        }));
        return (app, url + "/surveys", posts);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient browser, string link, string score, string? comment = null, string? token = null) =>
        browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token ?? link[(link.LastIndexOf('/') + 1)..],
            ["score"] = score,
            ["comment"] = comment ?? "",
        }));

    /// <summary>A client without an API key: the survey page is public.</summary>
    private HttpClient Browser() => host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = host.Api.BaseAddress! });

    [Fact]
    public async Task Survey_sent_by_email_and_answered_10_on_the_page_resumes_the_instance_through_Responded_as_a_promoter()
    {
        await using var smtp = await FakeSmtpServer.StartAsync();
        await ConnectSmtpAsync(host, "smtp-journey", smtp);
        await host.PublishAsync(SurveyFlow("nps-journey", new JsonObject
        {
            ["email"] = Js("input.email"),
            ["name"] = Js("input.name"),
            ["leadId"] = "lead-42",
            ["connection"] = "smtp-journey",
        }));
        await host.PublishAsync(Definition("nps-listener",
            [
                Activity("answered", "Event", new JsonObject { ["name"] = "nps.answered" }),
                Activity("note", "SetOutput", new JsonObject { ["name"] = "heard", ["value"] = Js("trigger.payload") }),
            ],
            [Connect("answered", "note")]));

        var run = await host.RunAsync("nps-journey", new JsonObject { ["email"] = "ana@example.com", ["name"] = "Ana" }, correlationId: "nps-journey-ana");
        var instanceId = run["instanceId"]!.GetValue<string>();

        var mail = await smtp.NextAsync();
        Assert.Equal("ana@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Equal("team@acme.test", mail.From.Mailboxes.Single().Address);
        Assert.Equal("How likely are you to recommend us to a friend?", mail.Subject);
        Assert.Contains("Hello Ana,", mail.TextBody, StringComparison.Ordinal);
        var link = SurveyLink().Match(mail.TextBody ?? "").Value;
        Assert.NotEmpty(link);
        Assert.Contains(link, mail.HtmlBody, StringComparison.Ordinal);
        await host.WaitForStatusAsync(instanceId, "Suspended");

        using var browser = Browser();
        var page = await browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<legend>How likely are you to recommend us to a friend?</legend>", html, StringComparison.Ordinal);
        Assert.Equal(11, Regex.Count(html, "<input type=\"radio\" id=\"score-(\\d+)\" name=\"score\""));
        Assert.Equal(11, Regex.Count(html, "<label for=\"score-\\d+\">"));
        Assert.Contains("<label for=\"comment\">", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"comment\" name=\"comment\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var answered = await AnswerAsync(browser, link, "10", "Great support");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Thank you", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        var answer = finished["output"]!["answer"]!;
        Assert.Equal((10, "promoter", "Great support"), (answer["score"]!.GetValue<int>(), answer["category"]!.GetValue<string>(), answer["comment"]!.GetValue<string>()));
        var journal = await host.GetJournalAsync(instanceId);
        Assert.Contains(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Completed" && e["outcome"]!.GetValue<string>() == "Responded");

        // The answer is also the platform event nps.answered, correlated like the instance.
        var heard = await Polling.UntilAsync(
            async () => (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=nps-listener&correlationId=nps-journey-ana&status=Finished"))!["items"]!.AsArray(),
            items => items.Count == 1, 20, "the nps.answered listener to finish");
        var heardOutput = (await host.GetInstanceAsync(heard[0]!["id"]!.GetValue<string>()))["output"]!["heard"]!;
        Assert.Equal(("promoter", 10, "lead-42", instanceId), (heardOutput["category"]!.GetValue<string>(), heardOutput["score"]!.GetValue<int>(), heardOutput["leadId"]!.GetValue<string>(), heardOutput["instanceId"]!.GetValue<string>()));

        // One answer per token: the second is refused with a page, and the first stands.
        var again = await AnswerAsync(browser, link, "0");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already answered", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("already answered", await (await browser.GetAsync(link)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, smtp.Accepted);
    }

    [Fact]
    public async Task An_unanswered_survey_times_out_through_TimedOut()
    {
        var (receiver, url, posts) = await StartReceiverAsync();
        await using var receiving = receiver;
        await host.PublishAsync(SurveyFlow("nps-unanswered", new JsonObject { ["channel"] = "http", ["url"] = url, ["name"] = "Bia" }, timeout: "PT1S"));

        var instanceId = (await host.RunAsync("nps-unanswered"))["instanceId"]!.GetValue<string>();

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal("timed out", finished["output"]!["answer"]!.GetValue<string>());
        var (body, key) = Assert.Single(posts);
        Assert.Matches(SurveyLink(), body["link"]!.GetValue<string>());
        Assert.Equal(("Bia", $"{instanceId}:send:1"), (body["name"]!.GetValue<string>(), key));
    }

    [Fact]
    public async Task A_retried_send_reuses_its_survey_with_the_same_token_and_idempotency_key()
    {
        var (receiver, url, posts) = await StartReceiverAsync(failFirst: 1);
        await using var receiving = receiver;
        var flow = SendOnlyFlow("nps-retried", url);
        flow["activities"]![0]!["retry"] = new JsonObject { ["maxAttempts"] = 2, ["initialDelay"] = "PT0.2S" };
        await host.PublishAsync(flow);

        var instanceId = (await host.RunAsync("nps-retried"))["instanceId"]!.GetValue<string>();

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        var sent = posts.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.Equal(sent[0].Body["token"]!.GetValue<string>(), sent[1].Body["token"]!.GetValue<string>());
        Assert.Equal(sent[0].Key, sent[1].Key);
        Assert.Equal(sent[1].Body["token"]!.GetValue<string>(), finished["output"]!["survey"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_and_expired_tokens_get_a_clear_page_not_an_error()
    {
        using var browser = Browser();
        var unknown = await browser.GetAsync("/nps/not-a-real-token");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Contains("not valid", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(browser, "/nps/not-a-real-token", "9")).StatusCode);

        var (receiver, url, _) = await StartReceiverAsync();
        await using var receiving = receiver;
        await host.PublishAsync(SendOnlyFlow("nps-short-lived", url, expiresIn: "PT1S"));
        var link = (await host.RunAsync("nps-short-lived", wait: 10))["output"]!["survey"]!["link"]!.GetValue<string>();

        var expired = await Polling.UntilAsync(() => browser.GetAsync(link), r => r.StatusCode == HttpStatusCode.Gone, 20, "the survey to expire");
        Assert.Equal("text/html", expired.Content.Headers.ContentType!.MediaType);
        Assert.Contains("has closed", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await AnswerAsync(browser, link, "9")).StatusCode);
    }

    [Fact]
    public async Task Bad_answers_get_a_400_page_naming_the_problem_and_the_survey_stays_open()
    {
        var (receiver, url, _) = await StartReceiverAsync();
        await using var receiving = receiver;
        await host.PublishAsync(SendOnlyFlow("nps-bad-answers", url));
        var link = (await host.RunAsync("nps-bad-answers", wait: 10))["output"]!["survey"]!["link"]!.GetValue<string>();
        using var browser = Browser();

        var tooHigh = await AnswerAsync(browser, link, "11");
        var tooHighPage = await tooHigh.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Equal("text/html", tooHigh.Content.Headers.ContentType!.MediaType);
        Assert.Contains("The score must be a whole number from 0 to 10; got &#39;11&#39;.", tooHighPage, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", tooHighPage, StringComparison.Ordinal);

        Assert.Contains("Please choose a score", await (await AnswerAsync(browser, link, "")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(browser, link, "7", token: "another-token")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(browser, link, "7", comment: new string('x', 2001))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await browser.PostAsJsonAsync(link, new { score = 7 })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(browser, link, "7")).StatusCode);
    }

    [Fact]
    public async Task Without_an_smtp_connection_the_send_fails_saying_how_to_configure_one()
    {
        await host.PublishAsync(SurveyFlow("nps-no-smtp", new JsonObject { ["email"] = "caio@example.com", ["connection"] = "missing-smtp" }));
        var instanceId = (await host.RunAsync("nps-no-smtp"))["instanceId"]!.GetValue<string>();

        var message = (await host.WaitForStatusAsync(instanceId, "Faulted"))["incidents"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("No SMTP connection 'missing-smtp'", message, StringComparison.Ordinal);
        Assert.Contains("PUT /api/connections/missing-smtp", message, StringComparison.Ordinal);
        Assert.Contains("POST /api/secrets", message, StringComparison.Ordinal);

        await host.PublishAsync(SurveyFlow("nps-no-address", new JsonObject { ["name"] = "Caio" }));
        var noAddress = (await host.RunAsync("nps-no-address"))["instanceId"]!.GetValue<string>();
        Assert.Contains("needs an 'email' address", (await host.WaitForStatusAsync(noAddress, "Faulted"))["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_gives_the_NPS_of_a_fixed_set_of_answers_runs_and_llm_figures()
    {
        using var own = new TestHost(); // figures of a tenant that nothing else touches
        var (receiver, url, _) = await StartReceiverAsync();
        await using var receiving = receiver;
        await own.PublishAsync(SendOnlyFlow("nps-campaign", url));
        using var browser = own.CreateClient();

        // 5 promoters, 2 passives, 3 detractors: 50 % − 30 % = 20.0.
        foreach (var score in new[] { 10, 9, 10, 9, 10, 8, 7, 6, 3, 0 })
        {
            var link = (await own.RunAsync("nps-campaign", wait: 10))["output"]!["survey"]!["link"]!.GetValue<string>();
            Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(browser, link, score.ToString(System.Globalization.CultureInfo.InvariantCulture))).StatusCode);
        }

        var unanswered = await own.RunAsync("nps-campaign", wait: 10); // sent, never answered: not a response
        Assert.Equal("Finished", unanswered["status"]!.GetValue<string>());

        var kpi = (await own.Api.GetFromJsonAsync<JsonObject>("/api/metrics/kpi"))!;
        var nps = kpi["nps"]!;
        Assert.Equal(20.0, nps["score"]!.GetValue<double>());
        Assert.Equal((5, 2, 3, 10), (nps["promoters"]!.GetValue<int>(), nps["passives"]!.GetValue<int>(), nps["detractors"]!.GetValue<int>(), nps["responses"]!.GetValue<int>()));
        var campaign = Assert.Single(nps["byWorkflow"]!.AsArray())!;
        Assert.Equal(("nps-campaign", 20.0, 10), (campaign["workflowId"]!.GetValue<string>(), campaign["score"]!.GetValue<double>(), campaign["responses"]!.GetValue<int>()));
        Assert.Equal((11, 11, 0), (kpi["runs"]!["started"]!.GetValue<int>(), kpi["runs"]!["finished"]!.GetValue<int>(), kpi["runs"]!["faulted"]!.GetValue<int>()));
        Assert.Equal((0, 0), (kpi["llm"]!["tokens"]!.GetValue<int>(), kpi["llm"]!["calls"]!.GetValue<int>()));

        var before = (await own.Api.GetFromJsonAsync<JsonObject>("/api/metrics/kpi?from=2020-01-01&to=2020-02-01"))!;
        Assert.Equal(0, before["nps"]!["responses"]!.GetValue<int>());
        Assert.Null(before["nps"]!["score"]);
        Assert.Equal(0, before["runs"]!["started"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.BadRequest, (await own.Api.GetAsync("/api/metrics/kpi?from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await own.Api.GetAsync("/api/metrics/kpi?from=2026-02-01&to=2026-01-01")).StatusCode);
    }
}
