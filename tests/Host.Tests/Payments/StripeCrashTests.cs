using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>A host process killed while a Stripe checkout is in flight.</summary>
[Collection(ProcessCollection.Name)]
public sealed class StripeCrashTests
{
    [Fact]
    public async Task Crash_AfterStripeCreatedTheSessionBeforeTheCheckpoint_NoSecondSessionAfterRestart()
    {
        await using var stripe = await FakeStripe.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("wfp-stripe-crash-").FullName;
        var settings = new Dictionary<string, string> { ["Runtime:LeaseDuration"] = "00:00:02" };
        string instanceId;
        using (var first = await HostProcess.StartAsync(dataDir, settings))
        {
            using var api = Client(first, dataDir);
            await StripeFlows.ConnectAsync(api, stripe);
            await Publish(api, StripeFlows.CheckoutAndWait("crash-checkout", delay: "PT0.2S"));

            // Stripe records the session and its idempotent answer, then holds the answer: the host has charged at the
            // provider and has neither stored the session id nor checkpointed the instance when it dies.
            var recorded = stripe.HoldNextCreate();
            var run = await api.PostAsJsonAsync("/api/workflows/crash-checkout/run", new { input = new { } });
            Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
            instanceId = (await run.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
            await recorded.WaitAsync(TimeSpan.FromSeconds(30));
            first.Kill();
        }

        Assert.Equal(1, stripe.SessionsCreated);
        Assert.Single(stripe.Creates);
        var sessionId = Assert.Single(stripe.SessionIds);

        using var second = await HostProcess.StartAsync(dataDir, settings);
        using var client = Client(second, dataDir);
        var suspended = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Suspended" && i["output"]?["checkout"] is not null, 60, "the re-run checkout to wait for the payment");

        // The re-run asked again with the same Idempotency-Key and got the same session back: no second charge.
        Assert.Equal(sessionId, suspended["output"]!["checkout"]!["sessionId"]!.GetValue<string>());
        Assert.Equal(1, stripe.SessionsCreated);
        Assert.Equal(2, stripe.Creates.Count);
        Assert.Equal(1, stripe.Replays);
        Assert.Single(stripe.Creates.Select(c => c.IdempotencyKey).Distinct());
        var invoice = Assert.Single((await client.GetFromJsonAsync<JsonObject>("/api/payments"))!["items"]!.AsArray())!;
        Assert.Equal(sessionId, invoice["externalId"]!.GetValue<string>());

        // And the journey ends as it should.
        var payload = stripe.Event("checkout.session.completed", stripe.MarkPaid(sessionId));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", FakeStripe.Sign(payload));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        var finished = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Finished", 30, "the instance to finish through Paid");
        Assert.Equal("Paid", finished["output"]!["port"]!.GetValue<string>());
        Assert.Equal(1, stripe.SessionsCreated);
    }

    private static HttpClient Client(HostProcess host, string dataDir)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", File.ReadAllText(Path.Combine(dataDir, "admin-key.txt")).Trim());
        return client;
    }

    private static async Task Publish(HttpClient api, JsonObject definition)
    {
        var id = definition["id"]!.GetValue<string>();
        var saved = await api.PutAsJsonAsync($"/api/workflows/{id}", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await api.PostAsync($"/api/workflows/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }
}
