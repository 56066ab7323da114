using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>A host process killed while an Asaas charge is in flight.</summary>
[Collection(ProcessCollection.Name)]
public sealed class AsaasCrashTests
{
    [Fact]
    public async Task Crash_AfterAsaasCreatedTheChargeBeforeTheCheckpoint_NoSecondChargeAfterRestart()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("wfp-asaas-crash-").FullName;
        var settings = new Dictionary<string, string> { ["Runtime:LeaseDuration"] = "00:00:02" };
        string instanceId;
        using (var first = await HostProcess.StartAsync(dataDir, settings))
        {
            using var api = Client(first, dataDir);
            await AsaasFlows.ConnectAsync(api, asaas);
            await Publish(api, AsaasFlows.ChargeAndWait("crash-charge", "PIX", delay: "PT0.2S"));

            // Asaas creates the charge, then holds the answer: the host has charged at the provider and has neither
            // stored the charge's id nor checkpointed the instance when it dies. Asaas has no idempotency replay.
            var created = asaas.HoldNextCreatedPayment();
            var run = await api.PostAsJsonAsync("/api/workflows/crash-charge/run", new { input = new { } });
            Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
            instanceId = (await run.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
            await created.WaitAsync(TimeSpan.FromSeconds(30));
            first.Kill();
        }

        Assert.Equal(1, asaas.PaymentsCreated);
        var paymentId = Assert.Single(asaas.PaymentIds);

        using var second = await HostProcess.StartAsync(dataDir, settings);
        using var client = Client(second, dataDir);
        var suspended = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Suspended" && i["output"]?["charge"] is not null, 60, "the re-run charge to wait for the payment");

        // The re-run found the stored invoice, looked its reference up at Asaas and took the charge found: no second POST.
        var charge = suspended["output"]!["charge"]!;
        Assert.Equal(paymentId, charge["paymentId"]!.GetValue<string>());
        Assert.Equal(FakeAsaas.QrCodePng, charge["pixQrCode"]!.GetValue<string>());
        Assert.Equal(1, asaas.PaymentsCreated);
        Assert.Single(asaas.Calls, c => c.Method == "POST" && c.PathAndQuery == "/v3/payments");
        Assert.Equal(1, asaas.CustomersCreated);
        var invoice = Assert.Single((await client.GetFromJsonAsync<JsonObject>("/api/payments"))!["items"]!.AsArray())!;
        Assert.Equal((paymentId, charge["invoiceId"]!.GetValue<string>()), (invoice["externalId"]!.GetValue<string>(), invoice["id"]!.GetValue<string>()));
        Assert.Equal(invoice["id"]!.GetValue<string>(), asaas.Payment(paymentId)["externalReference"]!.GetValue<string>());

        // And the journey ends as it should.
        asaas.MarkReceived(paymentId);
        using var request = asaas.Webhook(paymentId, "PAYMENT_RECEIVED").ToRequest("/webhooks/asaas");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        var finished = await Polling.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!,
            i => i["status"]!.GetValue<string>() == "Finished", 30, "the instance to finish through Paid");
        Assert.Equal("Paid", finished["output"]!["port"]!.GetValue<string>());
        Assert.Equal(1, asaas.PaymentsCreated);
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
