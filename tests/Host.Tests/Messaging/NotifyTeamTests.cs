using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>NotifyTeam on the real host: e-mail through a real SMTP server on loopback (the sender NPS uses), and HTTP.</summary>
public sealed class NotifyTeamTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public NotifyTeamTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject NotifyFlow(string id, JsonObject notify, JsonObject? retry = null) => Definition(id,
        [
            Activity("notify", "NotifyTeam", notify, retry: retry),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "notified", ["value"] = Js("outputs.notify") }),
        ],
        [Connect("notify", "keep")]);

    private async Task ConnectSmtpAsync(string name, FakeSmtpServer smtp)
    {
        Assert.True((await host.Api.PostAsJsonAsync("/api/secrets", new { name = $"{name}-password", value = FakeSmtpServer.Password })).IsSuccessStatusCode);
        var put = await host.Api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "smtp", ["host"] = "127.0.0.1", ["port"] = smtp.Port, ["username"] = FakeSmtpServer.User,
            ["secret"] = $"{name}-password", ["from"] = "Luddy <luddy@acme.test>", ["useTls"] = false,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_activities_are_described_with_their_category_inputs_outputs_and_ports()
    {
        var activities = (await host.Api.GetFromJsonAsync<JsonArray>("/api/activities"))!;
        JsonNode Of(string type) => activities.Single(a => a!["type"]!.GetValue<string>() == type)!;
        IEnumerable<string> Names(JsonNode activity, string list) => activity[list]!.AsArray().Select(i => i!["name"]!.GetValue<string>());

        var notify = Of("NotifyTeam");
        Assert.Equal("Messaging", notify["category"]!.GetValue<string>());
        Assert.Equal(["Done", "Failed"], notify["ports"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["subject", "text", "channel", "to", "url", "connection"], Names(notify, "inputs"));
        Assert.Equal(["channel", "target", "sent"], Names(notify, "outputs"));
        var send = Of("SendMessage");
        Assert.Equal("CRM", send["category"]!.GetValue<string>());
        Assert.Equal(["body", "threadId", "leadId", "channel", "externalId", "sender", "meta", "connection"], Names(send, "inputs"));
        Assert.Equal(["threadId", "messageId", "leadId", "delivered", "statusCode"], Names(send, "outputs"));
        var list = Of("ListDeals");
        Assert.Equal("CRM", list["category"]!.GetValue<string>());
        Assert.Equal(["stage", "won", "wonFrom", "wonTo", "wonDaysAgo", "withoutSurvey", "limit"], Names(list, "inputs"));
        Assert.Equal(["deals", "count"], Names(list, "outputs"));
        var survey = Of("SendNpsSurvey");
        Assert.True(survey["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "oncePerDeal")!["default"]!.GetValue<bool>());
        Assert.Contains("alreadySurveyed", Names(survey, "outputs"));
    }

    [Fact]
    public async Task An_email_to_two_addresses_goes_out_once_through_the_smtp_connection()
    {
        await using var smtp = await FakeSmtpServer.StartAsync();
        await ConnectSmtpAsync("team-smtp", smtp);
        await host.PublishAsync(NotifyFlow("notify-email", new JsonObject
        {
            ["subject"] = Liquid("Detractor: {{ input.name }}"),
            ["text"] = Liquid("{{ input.name }} answered 3. Call back today."),
            ["to"] = "ops@acme.test, Sales Team <sales@acme.test>",
            ["connection"] = "team-smtp",
        }));

        var notified = (await host.RunAsync("notify-email", new JsonObject { ["name"] = "Caio" }, wait: 10))["output"]!["notified"]!;

        Assert.Equal(("email", "ops@acme.test, Sales Team <sales@acme.test>", true),
            (notified["channel"]!.GetValue<string>(), notified["target"]!.GetValue<string>(), notified["sent"]!.GetValue<bool>()));
        var mail = await smtp.NextAsync();
        Assert.Equal(["ops@acme.test", "sales@acme.test"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Sales Team", mail.To.Mailboxes.Last().Name);
        Assert.Equal(("luddy@acme.test", "Detractor: Caio"), (mail.From.Mailboxes.Single().Address, mail.Subject));
        Assert.Equal("Caio answered 3. Call back today.", mail.TextBody?.Trim());
        Assert.StartsWith("notify-", mail.MessageId, StringComparison.Ordinal);
        Assert.Equal(1, smtp.Accepted);
    }

    [Fact]
    public async Task An_http_note_refused_once_is_posted_again_under_the_same_key_and_recorded_once()
    {
        await using var chat = await CaptureServer.StartAsync(failFirst: 1);
        await host.PublishAsync(NotifyFlow("notify-http", new JsonObject
        {
            ["channel"] = "http",
            ["url"] = chat.InboxUrl,
            ["subject"] = "Lead asks for a human",
            ["text"] = Js("'Lead ' + input.leadId + ' wants to talk to sales.'"),
        }, retry: new JsonObject { ["maxAttempts"] = 2, ["initialDelay"] = "PT0.2S" }));

        var instanceId = (await host.RunAsync("notify-http", new JsonObject { ["leadId"] = "lead-7" }))["instanceId"]!.GetValue<string>();

        var notified = (await host.WaitForStatusAsync(instanceId, "Finished"))["output"]!["notified"]!;
        Assert.Equal(("http", chat.InboxUrl, true), (notified["channel"]!.GetValue<string>(), notified["target"]!.GetValue<string>(), notified["sent"]!.GetValue<bool>()));
        var posts = chat.Posts.ToArray();
        Assert.Equal(2, posts.Length);
        Assert.All(posts, p => Assert.Equal($"{instanceId}:notify:1", p.IdempotencyKey));
        Assert.All(posts, p => Assert.True(string.IsNullOrEmpty(p.Authorization)));
        var body = posts[1].Body;
        Assert.Equal(("Lead asks for a human", "Lead lead-7 wants to talk to sales.", "notify-http", instanceId),
            (body["subject"]!.GetValue<string>(), body["text"]!.GetValue<string>(), body["workflowId"]!.GetValue<string>(), body["instanceId"]!.GetValue<string>()));
        Assert.Contains("503", Assert.Single(await host.GetJournalAsync(instanceId), e => e!["event"]!.GetValue<string>() == "Retrying")!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_smtp_connection_or_with_a_bad_address_the_run_fails_naming_the_problem()
    {
        await host.PublishAsync(NotifyFlow("notify-no-smtp", new JsonObject { ["subject"] = "s", ["text"] = "t", ["to"] = "ops@acme.test", ["connection"] = "missing-smtp" }));
        await host.PublishAsync(NotifyFlow("notify-bad-to", new JsonObject { ["subject"] = "s", ["text"] = "t", ["to"] = Js("input.to") }));
        await host.PublishAsync(NotifyFlow("notify-bad-channel", new JsonObject { ["subject"] = "s", ["text"] = "t", ["channel"] = Js("input.channel"), ["url"] = "https://chat.example.com/hook" }));

        async Task<string> IncidentAsync(string workflowId, JsonObject? input = null)
        {
            var run = await host.RunAsync(workflowId, input, wait: 10);
            Assert.Equal("Faulted", run["status"]!.GetValue<string>());
            return (await host.GetInstanceAsync(run["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        }

        var noSmtp = await IncidentAsync("notify-no-smtp");
        Assert.Contains("NotifyTeam: No SMTP connection 'missing-smtp'", noSmtp, StringComparison.Ordinal);
        Assert.Contains("PUT /api/connections/missing-smtp", noSmtp, StringComparison.Ordinal);
        Assert.Contains("NotifyTeam 'to': 'nobody' is not an e-mail address.", await IncidentAsync("notify-bad-to", new JsonObject { ["to"] = "ops@acme.test, nobody" }), StringComparison.Ordinal);
        Assert.Contains("NotifyTeam 'channel' must be email or http; got 'sms'.", await IncidentAsync("notify-bad-channel", new JsonObject { ["channel"] = "sms" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Literal_inputs_the_messaging_and_deal_activities_cannot_take_are_refused_at_save_with_their_paths()
    {
        var saved = await host.Api.PutAsJsonAsync("/api/workflows/messaging-bad-inputs", Definition("messaging-bad-inputs",
            [
                Activity("email", "NotifyTeam", new JsonObject { ["subject"] = " ", ["text"] = "t", ["to"] = "ops@acme.test, not-an-address" }),
                Activity("nowhere", "NotifyTeam", new JsonObject { ["subject"] = "s", ["text"] = "t" }),
                Activity("sms", "NotifyTeam", new JsonObject { ["subject"] = "s", ["text"] = "t", ["channel"] = "sms" }),
                Activity("hook", "NotifyTeam", new JsonObject { ["subject"] = "s", ["text"] = "t", ["channel"] = "http", ["url"] = "ftp://chat.example.com" }),
                Activity("send", "SendMessage", new JsonObject { ["body"] = "", ["channel"] = "fax" }),
                Activity("deals", "ListDeals", new JsonObject
                {
                    ["stage"] = "closed", ["won"] = "maybe", ["limit"] = 5000, ["wonFrom"] = "yesterday", ["withoutSurvey"] = 1,
                }),
                Activity("window", "ListDeals", new JsonObject { ["won"] = false, ["wonDaysAgo"] = 7, ["wonTo"] = "2026-12-01T00:00:00Z" }),
                Activity("backwards", "ListDeals", new JsonObject { ["wonFrom"] = "2026-12-01T00:00:00Z", ["wonTo"] = "2026-11-01T00:00:00Z" }),
                Activity("future", "ListDeals", new JsonObject { ["wonDaysAgo"] = -1 }),
            ],
            []));

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var errors = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()
            .Select(e => (Path: e!["path"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        string MessageAt(string path) => Assert.Single(errors, e => e.Path == path).Message;

        Assert.Contains("must not be empty", MessageAt("activities[0].inputs.subject"), StringComparison.Ordinal);
        Assert.Contains("'not-an-address' is not an e-mail address", MessageAt("activities[0].inputs.to"), StringComparison.Ordinal);
        Assert.Contains("needs 'to'", MessageAt("activities[1].inputs.to"), StringComparison.Ordinal);
        Assert.Contains("got 'sms'", MessageAt("activities[2].inputs.channel"), StringComparison.Ordinal);
        Assert.Contains("ftp://chat.example.com", MessageAt("activities[3].inputs.url"), StringComparison.Ordinal);
        Assert.Contains("needs a body", MessageAt("activities[4].inputs.body"), StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Path == "activities[4].inputs.channel" && e.Message.Contains("'fax'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "activities[4].inputs.threadId" && e.Message.Contains("needs a threadId", StringComparison.Ordinal));
        Assert.Contains("'closed'", MessageAt("activities[5].inputs.stage"), StringComparison.Ordinal);
        Assert.Contains("not true or false", MessageAt("activities[5].inputs.won"), StringComparison.Ordinal);
        Assert.Contains("not true or false", MessageAt("activities[5].inputs.withoutSurvey"), StringComparison.Ordinal);
        Assert.Contains("5000 is out of range", MessageAt("activities[5].inputs.limit"), StringComparison.Ordinal);
        Assert.Contains("not an ISO-8601 date-time", MessageAt("activities[5].inputs.wonFrom"), StringComparison.Ordinal);
        Assert.Contains("not both", MessageAt("activities[6].inputs.wonDaysAgo"), StringComparison.Ordinal);
        Assert.Contains("selects won deals", MessageAt("activities[6].inputs.won"), StringComparison.Ordinal);
        Assert.Contains("is not after wonFrom", MessageAt("activities[7].inputs.wonTo"), StringComparison.Ordinal);
        Assert.Contains("-1 is not a number of days", MessageAt("activities[8].inputs.wonDaysAgo"), StringComparison.Ordinal);
    }
}
