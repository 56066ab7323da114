using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class ApiTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public ApiTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task Activity_descriptors_name_inputs_outputs_ports_and_kind()
    {
        var activities = (await host.Api.GetFromJsonAsync<JsonArray>("/api/activities"))!;
        var send = activities.Single(a => a!["type"]!.GetValue<string>() == "SendHttpRequest")!;
        Assert.Equal(["Done", "Failed"], send["ports"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("url", send["inputs"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Contains("statusCode", send["outputs"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal("trigger", activities.Single(a => a!["type"]!.GetValue<string>() == "HttpEndpoint")!["kind"]!.GetValue<string>().ToLowerInvariant());

        string[] core = ["HttpEndpoint", "WriteHttpResponse", "SendHttpRequest", "If", "Switch", "ForEach", "Join", "SetVariable", "SetOutput", "Delay", "WaitForEvent", "PublishEvent", "RunWorkflow", "Log", "Fail"];
        Assert.Empty(core.Except(activities.Select(a => a!["type"]!.GetValue<string>())));
    }

    [Fact]
    public async Task OpenApi_scalar_and_health_are_served()
    {
        using var anonymous = host.CreateClient();
        var openApi = (await anonymous.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        Assert.True(openApi["paths"]!.AsObject().ContainsKey("/api/workflows/{id}/run"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/scalar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Deleted_workflows_stop_starting_and_leave_their_instances_alone()
    {
        await host.PublishAsync(Definition("short-lived", [Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "end" })], []));
        var running = (await host.RunAsync("short-lived", correlationId: "sl"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(running, "Suspended");

        Assert.Equal(HttpStatusCode.NoContent, (await host.Api.DeleteAsync("/api/workflows/short-lived")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/workflows/short-lived")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.PostAsJsonAsync("/api/workflows/short-lived/run", new { })).StatusCode);

        await host.Api.PostAsJsonAsync("/api/events/end", new { correlationId = "sl" });
        await host.WaitForStatusAsync(running, "Finished");
    }

    [Fact]
    public async Task Instances_are_listed_with_filters_and_a_cursor()
    {
        await host.PublishAsync(Definition("listed", [Activity("say", "SetOutput", new JsonObject { ["name"] = "ok", ["value"] = true })], []));
        for (var i = 0; i < 5; i++)
        {
            await host.RunAsync("listed", correlationId: $"list-{i}");
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/instances?workflowId=listed&status=Finished&limit=2{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["correlationId"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(["list-4", "list-3", "list-2", "list-1", "list-0"], seen);
    }

    [Fact]
    public async Task The_journal_streams_as_server_sent_events_until_the_end()
    {
        await host.PublishAsync(Definition("streamed",
            [Activity("pause", "Delay", new JsonObject { ["duration"] = "PT0.5S" }), Activity("done", "SetOutput", new JsonObject { ["name"] = "ok", ["value"] = true })],
            [Connect("pause", "done")]));
        var instanceId = (await host.RunAsync("streamed"))["instanceId"]!.GetValue<string>();

        using var response = await host.Api.GetAsync($"/api/instances/{instanceId}/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(); // the server ends the stream when the instance ends
        Assert.Contains("\"activityId\":\"done\"", text, StringComparison.Ordinal);
        Assert.Contains("event: end", text, StringComparison.Ordinal);
        Assert.Contains("Finished", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_carry_roles_and_each_role_is_allowed_only_its_calls()
    {
        var viewer = await CreateKeyAsync("viewer");
        var runner = await CreateKeyAsync("runner");
        await host.PublishAsync(Definition("role-check", [Activity("say", "SetOutput", new JsonObject { ["name"] = "ok", ["value"] = true })], []));

        Assert.Equal(HttpStatusCode.OK, (await Send(viewer, HttpMethod.Get, "/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(viewer, HttpMethod.Post, "/api/workflows/role-check/run")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(viewer, HttpMethod.Put, "/api/workflows/role-check")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(viewer, HttpMethod.Post, "/api/workflows/role-check/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(runner, HttpMethod.Post, "/api/workflows/role-check/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(runner, HttpMethod.Post, "/api/workflows/role-check/run")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(runner, HttpMethod.Put, "/api/workflows/role-check")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(runner, HttpMethod.Post, "/api/keys")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Api.PostAsJsonAsync("/api/keys", new { role = "overlord" })).StatusCode);
    }

    [Fact]
    public async Task Me_says_which_tenant_role_and_key_the_caller_is()
    {
        var viewer = await CreateKeyAsync("viewer");
        var response = await Send(viewer, HttpMethod.Get, "/api/me");
        var me = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("default", "viewer", false), (me["tenantId"]!.GetValue<string>(), me["role"]!.GetValue<string>(), me["isPlatformAdmin"]!.GetValue<bool>()));

        var admin = (await host.Api.GetFromJsonAsync<JsonObject>("/api/me"))!;
        Assert.Equal(("admin", true), (admin["role"]!.GetValue<string>(), admin["isPlatformAdmin"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await new HttpClient { BaseAddress = host.Api.BaseAddress }.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Admins_list_their_tenants_keys_without_secrets()
    {
        var viewer = await CreateKeyAsync("viewer");
        var keys = (await host.Api.GetFromJsonAsync<JsonArray>("/api/keys"))!;

        Assert.Contains(keys, k => k!["role"]!.GetValue<string>() == "viewer");
        Assert.All(keys, k => Assert.Null(k!["key"]));
        Assert.DoesNotContain(viewer, keys.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(viewer, HttpMethod.Get, "/api/keys")).StatusCode);
    }

    [Fact]
    public async Task A_new_tenant_sees_none_of_the_default_tenants_data()
    {
        await host.PublishAsync(Definition("private-flow", [Activity("say", "SetOutput", new JsonObject { ["name"] = "ok", ["value"] = true })], []));
        var instanceId = (await host.RunAsync("private-flow"))["instanceId"]!.GetValue<string>();

        var created = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "acme", name = "Acme" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var acmeKey = (await created.Content.ReadFromJsonAsync<JsonObject>())!["adminKey"]!["key"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Conflict, (await host.Api.PostAsJsonAsync("/api/tenants", new { id = "acme" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Get, "/api/workflows/private-flow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Get, $"/api/instances/{instanceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Get, $"/api/instances/{instanceId}/journal")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Post, $"/api/instances/{instanceId}/cancel")).StatusCode);
        Assert.Equal("[]", await (await Send(acmeKey, HttpMethod.Get, "/api/workflows")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(acmeKey, HttpMethod.Post, "/api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Post, "/api/workflows/private-flow/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Post, "/api/workflows/private-flow/run")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Delete, "/api/workflows/private-flow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Post, $"/api/instances/{instanceId}/retry")).StatusCode);

        // Secrets and events stay in their tenant too.
        await host.Api.PostAsJsonAsync("/api/secrets", new { name = "default-only", value = "default-secret-value" });
        Assert.DoesNotContain("default-only", await (await Send(acmeKey, HttpMethod.Get, "/api/secrets")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(acmeKey, HttpMethod.Delete, "/api/secrets/default-only")).StatusCode);
        await host.PublishAsync(Definition("waits-privately", [Activity("wait", "WaitForEvent", new JsonObject { ["name"] = "private.event" })], []));
        var waiting = (await host.RunAsync("waits-privately", correlationId: "p-1"))["instanceId"]!.GetValue<string>();
        await host.WaitForStatusAsync(waiting, "Suspended");
        using var acme = host.CreateClient();
        acme.DefaultRequestHeaders.Add("X-Api-Key", acmeKey);
        var published = await acme.PostAsJsonAsync("/api/events/private.event", new { correlationId = "p-1" });
        Assert.Equal(0, (await published.Content.ReadFromJsonAsync<JsonObject>())!["resumed"]!.GetValue<int>());
        Assert.Equal("Suspended", (await host.GetInstanceAsync(waiting))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_saves_a_document_in_our_format_and_names_what_it_cannot_import()
    {
        var imported = await host.Api.PostAsJsonAsync("/api/workflows/import", Definition("imported", [Activity("say", "Log", new JsonObject { ["message"] = "hi" })], []));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());

        // The shape of an Elsa 3 export (see ../shared/data/elsa-samples): a definitionId and a root flowchart.
        var elsa = new JsonObject { ["id"] = "a86a9f668817dcb6", ["definitionId"] = "f926beb0afc8505e", ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart" } };
        var refused = await host.Api.PostAsJsonAsync("/api/workflows/import", elsa);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Elsa", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<string> CreateKeyAsync(string role)
    {
        var response = await host.Api.PostAsJsonAsync("/api/keys", new { name = $"{role} key", role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> Send(string key, HttpMethod method, string path)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        if (method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(new JsonObject { ["id"] = "role-check" });
        }

        return await client.SendAsync(request);
    }
}
