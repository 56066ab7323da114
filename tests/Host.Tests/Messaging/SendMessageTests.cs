using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Messaging;

/// <summary>SendMessage on the real host: the stored outbound message and its delivery through an <c>http</c> connection.</summary>
public sealed class SendMessageTests : IClassFixture<HostFixture>
{
    private const string Token = "gateway-token-5f1c";

    private readonly TestHost host;

    public SendMessageTests(HostFixture fixture) => host = fixture.Host;

    /// <summary>Upserts the lead by phone, sends it a WhatsApp message and keeps the output as <c>sent</c>.</summary>
    private static JsonObject SendFlow(string id, string phone, string? connection, JsonObject? retry = null)
    {
        var send = new JsonObject
        {
            ["leadId"] = Js("outputs.lead.lead.id"),
            ["channel"] = "whatsapp",
            ["externalId"] = Js("'wa-' + outputs.lead.lead.phone"),
            ["sender"] = "Luddy",
            ["body"] = Liquid("Oi {{ input.name }}, o plano Pro custa R$ 99 por mês."),
            ["meta"] = new JsonObject { ["agent"] = "sdr" },
        };
        if (connection is not null)
        {
            send["connection"] = connection;
        }

        return Definition(id,
            [
                Activity("lead", "UpsertLead", new JsonObject { ["phone"] = phone, ["name"] = Js("input.name") }),
                Activity("send", "SendMessage", send, retry: retry),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "sent", ["value"] = Js("outputs.send") }),
            ],
            [Connect("lead", "send"), Connect("send", "keep")]);
    }

    private async Task ConnectGatewayAsync(string name, string url)
    {
        var secret = await host.Api.PostAsJsonAsync("/api/secrets", new { name = $"{name}-token", value = Token });
        Assert.True(secret.IsSuccessStatusCode, await secret.Content.ReadAsStringAsync());
        var put = await host.Api.PutAsJsonAsync($"/api/connections/{name}", new { kind = "http", baseUrl = url, secret = $"{name}-token" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    private async Task<JsonArray> MessagesAsync(string threadId) =>
        (await host.Api.GetFromJsonAsync<JsonObject>($"/api/threads/{threadId}/messages"))!["items"]!.AsArray();

    [Fact]
    public async Task SendMessage_through_an_http_connection_posts_the_stored_message_with_the_bearer_token_and_the_idempotency_key()
    {
        await using var gateway = await CaptureServer.StartAsync();
        await ConnectGatewayAsync("gateway", gateway.InboxUrl);
        await host.PublishAsync(SendFlow("send-delivered", "+55 11 97777-0001", "gateway"));

        var run = await host.RunAsync("send-delivered", new JsonObject { ["name"] = "Ana" }, wait: 10);

        var sent = run["output"]!["sent"]!;
        var (threadId, messageId, leadId) = (sent["threadId"]!.GetValue<string>(), sent["messageId"]!.GetValue<long>(), sent["leadId"]!.GetValue<string>());
        Assert.Equal((true, 200), (sent["delivered"]!.GetValue<bool>(), sent["statusCode"]!.GetValue<int>()));
        var post = Assert.Single(gateway.Posts);
        Assert.Equal($"Bearer {Token}", post.Authorization);
        Assert.Equal($"{run["instanceId"]!.GetValue<string>()}:send:1", post.IdempotencyKey);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal(["messageId", "threadId", "leadId", "channel", "externalId", "text", "sender"], post.Body.Select(p => p.Key));
        Assert.Equal((messageId, threadId, leadId, "whatsapp", "wa-5511977770001", "Oi Ana, o plano Pro custa R$ 99 por mês.", "Luddy"),
            (post.Body["messageId"]!.GetValue<long>(), post.Body["threadId"]!.GetValue<string>(), post.Body["leadId"]!.GetValue<string>(),
                post.Body["channel"]!.GetValue<string>(), post.Body["externalId"]!.GetValue<string>(), post.Body["text"]!.GetValue<string>(), post.Body["sender"]!.GetValue<string>()));

        var message = Assert.Single(await MessagesAsync(threadId))!;
        Assert.Equal((messageId, "outbound", "Luddy", "sdr"),
            (message["id"]!.GetValue<long>(), message["direction"]!.GetValue<string>(), message["sender"]!.GetValue<string>(), message["meta"]!["agent"]!.GetValue<string>()));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Token, (await host.GetJournalAsync(run["instanceId"]!.GetValue<string>())).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_delivery_fails_the_attempt_and_the_retry_delivers_the_one_stored_message_under_the_same_key()
    {
        await using var gateway = await CaptureServer.StartAsync(failFirst: 1);
        await ConnectGatewayAsync("flaky-gateway", gateway.InboxUrl);
        await host.PublishAsync(SendFlow("send-retried", "+55 11 97777-0002", "flaky-gateway", retry: new JsonObject { ["maxAttempts"] = 2, ["initialDelay"] = "PT0.2S" }));

        var instanceId = (await host.RunAsync("send-retried", new JsonObject { ["name"] = "Bruno" }))["instanceId"]!.GetValue<string>();

        var sent = (await host.WaitForStatusAsync(instanceId, "Finished"))["output"]!["sent"]!;
        Assert.Equal((true, 200), (sent["delivered"]!.GetValue<bool>(), sent["statusCode"]!.GetValue<int>()));
        var posts = gateway.Posts.ToArray();
        Assert.Equal(2, posts.Length);
        Assert.Single(posts.Select(p => p.IdempotencyKey).Distinct());
        Assert.All(posts, p => Assert.Equal(sent["messageId"]!.GetValue<long>(), p.Body["messageId"]!.GetValue<long>()));
        Assert.Single(await MessagesAsync(sent["threadId"]!.GetValue<string>()));

        var retrying = Assert.Single(await host.GetJournalAsync(instanceId), e => e!["event"]!.GetValue<string>() == "Retrying")!;
        Assert.Contains("is stored, and its delivery through connection 'flaky-gateway' failed", retrying["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("503", retrying["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_connection_the_message_is_only_stored_and_an_unknown_connection_fails_saying_how_to_create_it()
    {
        await host.PublishAsync(SendFlow("send-stored-only", "+55 11 97777-0003", connection: null));
        await host.PublishAsync(SendFlow("send-no-gateway", "+55 11 97777-0004", "no-such-gateway"));

        var stored = (await host.RunAsync("send-stored-only", new JsonObject { ["name"] = "Caio" }, wait: 10))["output"]!["sent"]!;
        var failed = await host.RunAsync("send-no-gateway", new JsonObject { ["name"] = "Dora" }, wait: 10);

        Assert.False(stored["delivered"]!.GetValue<bool>());
        Assert.Null(stored["statusCode"]);
        Assert.Equal("Oi Caio, o plano Pro custa R$ 99 por mês.", Assert.Single(await MessagesAsync(stored["threadId"]!.GetValue<string>()))!["body"]!.GetValue<string>());

        Assert.Equal("Faulted", failed["status"]!.GetValue<string>());
        var message = (await host.GetInstanceAsync(failed["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("SendMessage 'connection': No http connection 'no-such-gateway'", message, StringComparison.Ordinal);
        Assert.Contains("PUT /api/connections/no-such-gateway", message, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"http\"", message, StringComparison.Ordinal);
        var lead = (await host.Api.GetFromJsonAsync<JsonObject>("/api/leads?search=97777-0004"))!["items"]![0]!;
        Assert.Empty((await host.Api.GetFromJsonAsync<JsonArray>($"/api/leads/{lead["id"]!.GetValue<string>()}/threads"))!); // nothing stored that was never sent
    }

    [Fact]
    public async Task Bad_inputs_fail_the_run_naming_the_input()
    {
        await host.PublishAsync(Definition("send-bad-inputs",
            [Activity("send", "SendMessage", new JsonObject { ["body"] = Js("input.body"), ["threadId"] = Js("input.threadId") })],
            []));

        async Task<string> IncidentAsync(JsonObject input)
        {
            var run = await host.RunAsync("send-bad-inputs", input, wait: 10);
            return (await host.GetInstanceAsync(run["instanceId"]!.GetValue<string>()))["incidents"]![0]!["message"]!.GetValue<string>();
        }

        Assert.Contains("SendMessage 'body' must not be empty", await IncidentAsync(new JsonObject { ["body"] = " ", ["threadId"] = "t" }), StringComparison.Ordinal);
        Assert.Contains("SendMessage: thread 'no-such-thread' was not found", await IncidentAsync(new JsonObject { ["body"] = "hi", ["threadId"] = "no-such-thread" }), StringComparison.Ordinal);
        Assert.Contains("Input 'body' has the wrong type", await IncidentAsync(new JsonObject { ["body"] = new JsonObject { ["text"] = "hi" }, ["threadId"] = "t" }), StringComparison.Ordinal);
    }
}
