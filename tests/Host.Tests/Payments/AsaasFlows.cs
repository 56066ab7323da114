using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>The Asaas tests' connection, workflows and webhook deliveries.</summary>
internal static class AsaasFlows
{
    public const long AmountCents = 4990;

    /// <summary>Secrets for the API key and the webhook token, and the tenant's asaas connection pointing at the fake.</summary>
    public static async Task ConnectAsync(HttpClient api, FakeAsaas asaas, string name = "default")
    {
        foreach (var (secret, value) in new[] { ("asaas-key", asaas.ApiKey), ("asaas-webhook-token", asaas.WebhookToken) })
        {
            var stored = await api.PostAsJsonAsync("/api/secrets", new { name = secret, value });
            Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync());
        }

        var put = await api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "asaas",
            ["secret"] = "asaas-key",
            ["webhookToken"] = "asaas-webhook-token",
            ["environment"] = "sandbox",
            ["baseUrl"] = asaas.BaseUrl,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Creates a charge of <paramref name="billingType"/> (after <paramref name="delay"/>, when given), keeps it as output
    /// <c>charge</c>, waits for the payment and ends with outputs <c>port</c> (Paid, Failed or Expired) and <c>outcome</c>
    /// (the wait's outputs). <paramref name="charge"/> adds or replaces inputs of the charge.
    /// </summary>
    public static JsonObject ChargeAndWait(string id, string billingType, JsonObject? charge = null, string? delay = null, JsonObject? retry = null)
    {
        var inputs = new JsonObject
        {
            ["amountCents"] = AmountCents,
            ["billingType"] = billingType,
            ["description"] = "Plano Pro, um mês",
            ["customer"] = new JsonObject { ["name"] = "Ana Souza", ["email"] = "ana@example.com", ["cpfCnpj"] = "123.456.789-09", ["phone"] = "11987654321" },
            ["leadId"] = "lead-7",
            ["dealId"] = "deal-42",
        };
        foreach (var (name, value) in charge ?? [])
        {
            inputs[name] = value?.DeepClone();
        }

        var activities = new JsonArray
        {
            Activity("charge", "CreateAsaasCharge", inputs, retry),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "charge", ["value"] = Js("outputs.charge") }),
            Activity("wait", "WaitForPayment", new JsonObject { ["invoiceId"] = Js("outputs.charge.invoiceId") }),
            Activity("paid", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Paid" }),
            Activity("failed", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Failed" }),
            Activity("expired", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Expired" }),
            Activity("outcome", "SetOutput", new JsonObject { ["name"] = "outcome", ["value"] = Js("outputs.wait") }),
        };
        var connections = new JsonArray
        {
            Connect("charge", "keep"), Connect("keep", "wait"),
            Connect("wait", "paid", "Paid"), Connect("wait", "failed", "Failed"), Connect("wait", "expired", "Expired"),
            Connect("paid", "outcome"), Connect("failed", "outcome"), Connect("expired", "outcome"),
        };
        if (delay is not null)
        {
            activities.Insert(0, Activity("pause", "Delay", new JsonObject { ["duration"] = delay }));
            connections.Insert(0, Connect("pause", "charge"));
        }

        return Definition(id, activities, connections);
    }

    /// <summary>Runs the workflow and waits for it to wait on the payment; returns the instance and its <c>charge</c> output.</summary>
    public static async Task<(string InstanceId, JsonObject Charge)> StartChargeAsync(TestHost host, string workflowId)
    {
        var instanceId = (await host.RunAsync(workflowId))["instanceId"]!.GetValue<string>();
        // Suspended also while a failed attempt waits for its retry: only the wait on the payment has the charge kept.
        var suspended = await Polling.UntilAsync(() => host.GetInstanceAsync(instanceId),
            i => i["status"]!.GetValue<string>() == "Suspended" && i["output"]?["charge"] is not null, 20, $"instance {instanceId} to wait for the payment");
        return (instanceId, suspended["output"]!["charge"]!.AsObject());
    }

    /// <summary>Posts the delivery to <paramref name="path"/> as Asaas would, with its token (or <paramref name="token"/> when given).</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(TestHost host, FakeAsaas.WebhookDelivery delivery, string path = "/webhooks/asaas/default")
    {
        using var client = host.CreateClient(); // webhooks need no API key
        using var request = delivery.ToRequest(path);
        return await client.SendAsync(request);
    }

    public static async Task<JsonArray> InvoicesAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonObject>("/api/payments"))!["items"]!.AsArray();

    /// <summary>Asaas webhook events in the store (all, or only those processed or not).</summary>
    public static async Task<int> CountEventsAsync(TestHost host, bool? processed = null)
    {
        var db = host.Services.GetRequiredService<StoreDb>();
        await using var context = await db.OpenAsync(StoreDb.AllTenants, CancellationToken.None);
        var events = context.WebhookEvents.Where(e => e.Provider == "asaas");
        if (processed is { } done)
        {
            events = done ? events.Where(e => e.ProcessedAt != null) : events.Where(e => e.ProcessedAt == null);
        }

        return await events.CountAsync();
    }

    /// <summary>The instance finished through <paramref name="port"/>, its wait resumed and completed exactly once.</summary>
    public static async Task<JsonObject> AssertEndedThroughAsync(TestHost host, string instanceId, string port)
    {
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal(port, finished["output"]!["port"]!.GetValue<string>());
        var journal = await host.GetJournalAsync(instanceId);
        Assert.Single(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Resumed");
        Assert.Single(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Completed");
        return finished;
    }
}
