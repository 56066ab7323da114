using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class SecurityTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public SecurityTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task A_secret_reaches_the_server_and_appears_in_no_journal_instance_or_api_answer()
    {
        const string value = "sk_live_0123456789abcdef";
        await using var server = await FlakyServer.StartAsync(failures: 0);
        Assert.True((await host.Api.PostAsJsonAsync("/api/secrets", new { name = "billing-key", value })).IsSuccessStatusCode);
        await host.PublishAsync(Definition("uses-secret",
            [
                Activity("call", "SendHttpRequest", new JsonObject
                {
                    ["url"] = server.Url + "/echo",
                    ["method"] = "POST",
                    ["headers"] = new JsonObject { ["Authorization"] = new JsonObject { ["$secret"] = "billing-key" } },
                }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "echo", ["value"] = Js("outputs.call.body") }),
            ],
            [Connect("call", "keep")]));

        var instanceId = (await host.RunAsync("uses-secret"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal([value], server.Authorizations);

        var everything = new StringBuilder()
            .Append(await host.Api.GetStringAsync($"/api/instances/{instanceId}"))
            .Append(await host.Api.GetStringAsync($"/api/instances/{instanceId}/journal"))
            .Append(await host.Api.GetStringAsync("/api/secrets"))
            .Append(await host.Api.GetStringAsync($"/api/instances?workflowId=uses-secret"))
            .ToString();
        Assert.DoesNotContain(value, everything, StringComparison.Ordinal);
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(value, StringComparison.Ordinal));
        Assert.Contains("***", everything, StringComparison.Ordinal);
        Assert.Contains("billing-key", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_secret_fails_the_activity_with_its_name()
    {
        await host.PublishAsync(Definition("missing-secret",
            [Activity("call", "SendHttpRequest", new JsonObject { ["url"] = new JsonObject { ["$secret"] = "nowhere-url" } })],
            []));
        var instanceId = (await host.RunAsync("missing-secret"))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("nowhere-url", instance["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_name_their_secret_and_are_listed_without_values()
    {
        await host.Api.PostAsJsonAsync("/api/secrets", new { name = "llm-key", value = "sk-connection-secret" });
        var put = await host.Api.PutAsJsonAsync("/api/connections/default", new { kind = "openai", baseUrl = "http://127.0.0.1:9", model = "gpt-x", secret = "llm-key" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.PutAsJsonAsync("/api/connections/other", new { kind = "openai", secret = "no-such-secret" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.PutAsJsonAsync("/api/connections/other", new { kind = "carrier-pigeon" })).StatusCode);

        var listed = await host.Api.GetStringAsync("/api/connections");
        Assert.Contains("llm-key", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-connection-secret", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_replay_the_first_answer_without_a_second_run()
    {
        await host.PublishAsync(Definition("charge-once", [Activity("say", "SetOutput", new JsonObject { ["name"] = "ok", ["value"] = true })], []));

        var first = await PostWithKey("/api/workflows/charge-once/run", "order-1001", "{\"input\":{\"n\":1}}");
        var again = await PostWithKey("/api/workflows/charge-once/run", "order-1001", "{\"input\":{\"n\":1}}");
        Assert.Equal(first.Status, again.Status);
        Assert.Equal(first.Body, again.Body);
        Assert.True(again.Replayed);

        var page = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=charge-once"))!;
        Assert.Single(page["items"]!.AsArray());

        var other = await PostWithKey("/api/workflows/charge-once/run", "order-1001", "{\"input\":{\"n\":2}}");
        Assert.Equal(422, other.Status);
    }

    [Fact]
    public async Task An_http_trigger_honours_the_idempotency_key_too()
    {
        await host.PublishAsync(Definition("webhook-once",
            [
                Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = "webhook-once" }),
                Activity("reply", "WriteHttpResponse", new JsonObject { ["body"] = Js("({ instance: workflow.instanceId })") }),
            ],
            [Connect("inbound", "reply")]));
        using var outsider = host.CreateClient();

        async Task<HttpResponseMessage> DeliverAsync(string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/webhook-once") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", "evt_123");
            return await outsider.SendAsync(request);
        }

        var first = await DeliverAsync("{\"id\":\"evt_123\"}");
        var again = await DeliverAsync("{\"id\":\"evt_123\"}");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Single((await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=webhook-once"))!["items"]!.AsArray());
        Assert.Equal(422, (int)(await DeliverAsync("{\"id\":\"other\"}")).StatusCode);
    }

    [Fact]
    public async Task Changes_are_audited_and_usage_counts_the_runs()
    {
        await host.PublishAsync(Definition("audited", [Activity("a", "Log", new JsonObject { ["message"] = "one" }), Activity("b", "Log", new JsonObject { ["message"] = "two" })], [Connect("a", "b")]));
        var before = (await host.Api.GetFromJsonAsync<JsonObject>("/api/usage"))!;
        for (var i = 0; i < 3; i++)
        {
            await host.RunAsync("audited", wait: 5);
        }

        var after = (await host.Api.GetFromJsonAsync<JsonObject>("/api/usage"))!;
        Assert.Equal(3, after["runs"]!.GetValue<long>() - before["runs"]!.GetValue<long>());
        Assert.Equal(6, after["activityExecutions"]!.GetValue<long>() - before["activityExecutions"]!.GetValue<long>());

        await host.Api.PostAsJsonAsync("/api/keys", new { name = "ci", role = "runner" });
        var audit = (await host.Api.GetFromJsonAsync<JsonArray>("/api/audit?limit=1000"))!.Select(a => $"{a!["action"]} {a["path"]}").ToList();
        Assert.Contains("PUT /api/workflows/audited", audit);
        Assert.Contains("POST /api/workflows/audited/publish", audit);
        Assert.Contains("POST /api/keys", audit);
        Assert.DoesNotContain(audit, line => line.StartsWith("GET", StringComparison.Ordinal));
    }

    private async Task<(int Status, string Body, bool Replayed)> PostWithKey(string path, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        var response = await host.Api.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
    }
}
