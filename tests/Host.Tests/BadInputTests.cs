using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class BadInputTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public BadInputTests(HostFixture fixture) => host = fixture.Host;

    [Fact]
    public async Task An_invalid_definition_gets_400_with_the_path_of_every_error()
    {
        var definition = Definition("broken",
            [
                Activity("first", "NoSuchActivity"),
                Activity("first", "Log", new JsonObject { ["message"] = "duplicate id" }),
                Activity("check", "If", new JsonObject { ["condition"] = Js("1 +* 2") }),
                Activity("vary", "SetVariable", new JsonObject { ["value"] = 1 }),
            ],
            [Connect("check", "nowhere", "True"), Connect("check", "vary", "Maybe")]);

        var response = await host.Api.PutAsJsonAsync("/api/workflows/broken", definition);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var paths = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();

        Assert.Contains("activities[0].type", paths);
        Assert.Contains("activities[1].id", paths);
        Assert.Contains("activities[2].inputs.condition", paths);
        Assert.Contains("activities[3].inputs.name", paths);
        Assert.Contains("connections[0].to", paths);
        Assert.Contains("connections[1].port", paths);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/workflows/broken")).StatusCode);

        var validated = await host.Api.PostAsJsonAsync("/api/workflows/broken/validate", definition);
        Assert.Equal(6, (await validated.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_runaway_expression_faults_its_activity_and_the_host_keeps_answering()
    {
        await host.PublishAsync(Definition("runaway",
            [Activity("spin", "SetVariable", new JsonObject { ["name"] = "x", ["value"] = Js("(() => { while(true){} })()") })],
            []));

        var instanceId = (await host.RunAsync("runaway"))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("time", instance["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await host.Api.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Api.GetAsync("/api/workflows")).StatusCode);
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_big_bodies_are_413()
    {
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/workflows/no/such/route", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/nothing-here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/instances/not-an-instance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.PostAsync("/hooks/not-a-token", null)).StatusCode);

        var big = new string('x', (int)TestHost.MaxBodyBytes + 1);
        var tooLarge = await host.Api.PutAsync("/api/workflows/big", new StringContent($"{{\"id\":\"big\",\"name\":\"{big}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Api.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Calls_without_a_valid_key_are_401()
    {
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflows")).StatusCode);
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "wfp_wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflows")).StatusCode);
    }

    public static TheoryData<string, string, string> Garbage => new()
    {
        { "PUT", "/api/workflows/junk", "{not json" },
        { "PUT", "/api/workflows/junk", "[1,2,3]" },
        { "PUT", "/api/workflows/junk", "{\"id\":\"junk\",\"activities\":\"nope\"}" },
        { "PUT", "/api/workflows/junk", "{\"id\":\"other\"}" },
        { "PUT", "/api/workflows/Bad%20Id", "{\"id\":\"Bad Id\"}" },
        { "PUT", "/api/workflows/junk", "{\"id\":\"junk\",\"activities\":[{\"id\":\"a\",\"type\":\"Delay\",\"retry\":{\"maxAttempts\":\"x\"}}]}" },
        { "PUT", "/api/workflows/junk", "{\"id\":\"junk\",\"activities\":[null]}" },
        { "POST", "/api/workflows/junk/validate", "\"text\"" },
        { "POST", "/api/workflows/junk/publish", "{\"version\":\"seven\"}" },
        { "POST", "/api/workflows/junk/run", "{\"input\":5}" },
        { "POST", "/api/workflows/junk/run", "{broken" },
        { "POST", "/api/workflows/junk/versions/99/restore", "" },
        { "POST", "/api/events/paid", "[]" },
        { "POST", "/api/events/paid", "{\"payload\":" },
        { "GET", "/api/instances?status=Sleeping", "" },
        { "GET", "/api/instances?cursor=%%%", "" },
        { "GET", "/api/instances?from=yesterday", "" },
        { "POST", "/api/instances/none/retry", "" },
        { "POST", "/api/instances/none/cancel", "" },
        { "POST", "/hooks/none", "{oops" },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task No_input_yields_a_500(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await host.Api.SendAsync(request);
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{method} {path} {body} answered {status}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.OK, (await host.Api.GetAsync("/health/live")).StatusCode);
    }
}
