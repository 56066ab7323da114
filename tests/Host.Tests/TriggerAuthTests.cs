using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class TriggerAuthTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public TriggerAuthTests(HostFixture fixture) => host = fixture.Host;

    private static JsonObject Guarded(string id, string path, JsonObject auth)
    {
        var inputs = new JsonObject { ["path"] = path };
        foreach (var (name, value) in auth)
        {
            inputs[name] = value?.DeepClone();
        }

        return Definition(id,
            [Activity("inbound", "HttpEndpoint", inputs), Activity("reply", "WriteHttpResponse", new JsonObject { ["body"] = "accepted" })],
            [Connect("inbound", "reply")]);
    }

    [Fact]
    public async Task An_api_key_endpoint_refuses_calls_without_a_key_of_its_tenant()
    {
        await host.PublishAsync(Guarded("keyed-hook", "keyed", new JsonObject { ["auth"] = "apiKey" }));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/workflows/keyed", Json("{}"))).StatusCode);
        using var withKey = new HttpRequestMessage(HttpMethod.Post, "/workflows/keyed") { Content = Json("{}") };
        withKey.Headers.Add("X-Api-Key", host.AdminKey);
        var accepted = await client.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_hmac_endpoint_accepts_only_a_correct_signature_of_the_exact_body()
    {
        await host.PublishAsync(Guarded("signed-hook", "signed", new JsonObject { ["auth"] = "hmac", ["secret"] = "s3cret" }));
        using var client = host.CreateClient();
        const string body = "{\"event\":\"lead.created\"}";
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.OK, (await Signed(client, body, signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Signed(client, body + " ", signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Signed(client, body, "sha256=00")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/workflows/signed", Json(body))).StatusCode);
    }

    private static async Task<HttpResponseMessage> Signed(HttpClient client, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/signed") { Content = Json(body) };
        request.Headers.Add("X-Signature", signature);
        return await client.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
