using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class TemplateTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public TemplateTests(HostFixture fixture) => host = fixture.Host;

    /// <summary>A greeting endpoint whose brand, greeting and price are template fields.</summary>
    private static JsonObject Greeter(string id, string path)
    {
        var definition = Definition(id, [
            Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = path, ["methods"] = new JsonArray("POST") }),
            Activity("answer", "WriteHttpResponse", new JsonObject
            {
                ["body"] = new JsonObject
                {
                    ["text"] = Liquid("{{ template.greeting }}, {{ trigger.body.name }}! {{ template.brand }} here."),
                    ["priceCents"] = new JsonObject { ["$template"] = "priceCents" },
                    ["doubled"] = Js("{{ template.priceCents }} * 2"),
                },
            }),
        ], [Connect("inbound", "answer")]);
        definition["name"] = "Greeter of {{ template.brand }}";
        definition["template"] = new JsonObject
        {
            ["fields"] = new JsonArray(
                new JsonObject { ["name"] = "brand", ["type"] = "string", ["label"] = "Brand name", ["default"] = "Acme" },
                new JsonObject { ["name"] = "greeting", ["type"] = "select", ["options"] = new JsonArray("Hello", "Olá"), ["default"] = "Hello" },
                new JsonObject { ["name"] = "priceCents", ["type"] = "integer", ["label"] = "Price (cents)" }),
        };
        return definition;
    }

    [Fact]
    public async Task Instantiate_WithValues_GivesACopyWhosePromptsAndSettingsCarryThem()
    {
        await host.PublishAsync(Greeter("greeter-a", "greeter-a/hello"));

        var created = await host.Api.PostAsJsonAsync("/api/workflows/greeter-a/instantiate",
            new { values = new { brand = "Zeta Cosméticos", greeting = "Olá", priceCents = 4990 }, id = "zeta-greeter" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var result = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("zeta-greeter", result["id"]!.GetValue<string>());
        Assert.True(result["published"]!.GetValue<bool>());
        Assert.Equal(["POST /workflows/default/zeta-greeter/greeter-a/hello"], result["httpRoutes"]!.AsArray().Select(r => r!.GetValue<string>()));

        var copy = (await host.Api.GetFromJsonAsync<JsonObject>("/api/workflows/zeta-greeter"))!;
        Assert.Equal("Greeter of Zeta Cosméticos", copy["name"]!.GetValue<string>());
        Assert.Null(copy["template"]);
        Assert.Equal("greeter-a", copy["instantiatedFrom"]!["templateId"]!.GetValue<string>());
        Assert.Equal(4990, copy["instantiatedFrom"]!["values"]!["priceCents"]!.GetValue<int>());
        var body = copy["activities"]![1]!["inputs"]!["body"]!;
        Assert.Equal("Olá, {{ trigger.body.name }}! Zeta Cosméticos here.", body["text"]!["$liquid"]!.GetValue<string>());
        Assert.Equal(4990, body["priceCents"]!.GetValue<int>());
        Assert.Equal("4990 * 2", body["doubled"]!["$js"]!.GetValue<string>());

        var answer = await host.CreateClient().PostAsJsonAsync("/workflows/default/zeta-greeter/greeter-a/hello", new { name = "Ana" });
        var answered = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Olá, Ana! Zeta Cosméticos here.", answered["text"]!.GetValue<string>());
        Assert.Equal(9980, answered["doubled"]!.GetValue<int>());
    }

    [Fact]
    public async Task Template_ItselfRunsWithItsDefaults_AndNeedsAValueForAFieldWithout()
    {
        var template = Greeter("greeter-b", "greeter-b/hello");
        template["template"]!["fields"]![2]!["default"] = 100;
        await host.PublishAsync(template);

        var answer = await host.CreateClient().PostAsJsonAsync("/workflows/greeter-b/hello", new { name = "Ana" });
        Assert.Equal("Hello, Ana! Acme here.", (await answer.Content.ReadFromJsonAsync<JsonObject>())!["text"]!.GetValue<string>());

        await host.PublishAsync(Greeter("greeter-c", "greeter-c/hello"));
        var missing = await host.Api.PostAsJsonAsync("/api/workflows/greeter-c/instantiate", new { values = new { brand = "Zeta" } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = (await missing.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("values.priceCents", problem["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Instantiate_BadRequests_AreRefusedWithTheProblemNamed()
    {
        await host.PublishAsync(Greeter("greeter-d", "greeter-d/hello"));

        async Task<(HttpStatusCode Status, string Body)> Instantiate(string template, object body)
        {
            var response = await host.Api.PostAsJsonAsync($"/api/workflows/{template}/instantiate", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var wrong = await Instantiate("greeter-d", new { values = new { priceCents = "cheap", greeting = "Hi", colour = "red" } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("values.priceCents", wrong.Body, StringComparison.Ordinal);
        Assert.Contains("values.greeting", wrong.Body, StringComparison.Ordinal);
        Assert.Contains("values.colour", wrong.Body, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Instantiate("no-such-template", new { values = new { } })).Status);
        await host.PublishAsync(Definition("plain-flow", [Activity("log", "Log", new JsonObject { ["message"] = "hi" })], []));
        Assert.Equal(HttpStatusCode.NotFound, (await Instantiate("plain-flow", new { values = new { } })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Instantiate("greeter-d", new { values = new { priceCents = 1 }, id = "plain-flow" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Instantiate("greeter-d", new { values = new { priceCents = 1 }, id = "Not A Slug" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Instantiate("greeter-d", new { values = "brand=Zeta" })).Status);

        // Nothing of the refused requests was saved.
        var workflows = await host.Api.GetStringAsync("/api/workflows");
        Assert.DoesNotContain("\"greeter-d-2\"", workflows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenant_InstantiatesThePlatformsTemplate_AndGetsACopyOfItsOwn()
    {
        await host.PublishAsync(Greeter("greeter-e", "greeter-e/hello"));
        var tenant = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "tpl-beta", name = "Beta" });
        using var beta = host.CreateClient();
        beta.DefaultRequestHeaders.Add("X-Api-Key", (await tenant.Content.ReadFromJsonAsync<JsonObject>())!["adminKey"]!["key"]!.GetValue<string>());

        var gallery = (await beta.GetFromJsonAsync<JsonArray>("/api/templates"))!;
        var listed = gallery.Single(t => t!["id"]!.GetValue<string>() == "greeter-e")!;
        Assert.Equal("platform", listed["source"]!.GetValue<string>());
        Assert.Equal("Greeter of Acme", listed["name"]!.GetValue<string>());
        Assert.Equal(["brand", "greeting", "priceCents"], listed["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await beta.PostAsJsonAsync("/api/workflows/greeter-e/run", new { })).StatusCode);

        var created = await beta.PostAsJsonAsync("/api/workflows/greeter-e/instantiate", new { values = new { brand = "Beta Co", priceCents = 700 } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("greeter-e", (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());

        var answer = await host.CreateClient().PostAsJsonAsync("/workflows/tpl-beta/greeter-e/greeter-e/hello", new { name = "Rui" });
        Assert.Equal("Hello, Rui! Beta Co here.", (await answer.Content.ReadFromJsonAsync<JsonObject>())!["text"]!.GetValue<string>());
        var platform = await host.CreateClient().PostAsJsonAsync("/workflows/greeter-e/hello", new { name = "Rui" });
        Assert.Equal("Hello, Rui! Acme here.", (await platform.Content.ReadFromJsonAsync<JsonObject>())!["text"]!.GetValue<string>());

        // A second copy gets the next free id; the tenant's own copies are not templates, so the gallery stays the same.
        var second = await beta.PostAsJsonAsync("/api/workflows/greeter-e/instantiate", new { values = new { brand = "Beta Two", priceCents = 1 } });
        Assert.Equal("greeter-e-2", (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        Assert.Equal(gallery.Count, (await beta.GetFromJsonAsync<JsonArray>("/api/templates"))!.Count);
    }

    [Fact]
    public async Task Publish_AnHttpRouteAnotherWorkflowServes_IsAConflict()
    {
        await host.PublishAsync(Definition("route-owner", [Activity("in", "HttpEndpoint", new JsonObject { ["path"] = "shared/orders/{id}" })], []));
        var tenant = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "tpl-gamma", name = "Gamma" });
        using var gamma = host.CreateClient();
        gamma.DefaultRequestHeaders.Add("X-Api-Key", (await tenant.Content.ReadFromJsonAsync<JsonObject>())!["adminKey"]!["key"]!.GetValue<string>());

        var thief = Definition("route-thief", [Activity("in", "HttpEndpoint", new JsonObject { ["path"] = "/shared/orders/{orderId}/" })], []);
        Assert.True((await gamma.PutAsJsonAsync("/api/workflows/route-thief", thief)).IsSuccessStatusCode);
        var publish = await gamma.PostAsJsonAsync("/api/workflows/route-thief/publish", new { });

        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Contains("another tenant", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var versions = (await gamma.GetFromJsonAsync<JsonArray>("/api/workflows/route-thief/versions"))!;
        Assert.False(versions[0]!["published"]!.GetValue<bool>());

        // Another method on the same path is free; and the owner may publish its own route again.
        thief["activities"]![0]!["inputs"]!["methods"] = new JsonArray("GET");
        Assert.True((await gamma.PutAsJsonAsync("/api/workflows/route-thief", thief)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gamma.PostAsJsonAsync("/api/workflows/route-thief/publish", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Api.PostAsJsonAsync("/api/workflows/route-owner/publish", new { })).StatusCode);
    }
}
