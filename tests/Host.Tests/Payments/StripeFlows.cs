using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>The Stripe tests' connection, workflows and webhook deliveries.</summary>
internal static class StripeFlows
{
    /// <summary>Secrets for the API key and the signing secret, and the tenant's default stripe connection pointing at the fake.</summary>
    public static async Task ConnectAsync(HttpClient api, FakeStripe stripe, string name = "default")
    {
        foreach (var (secret, value) in new[] { ("stripe-key", FakeStripe.ApiKey), ("stripe-whsec", FakeStripe.WebhookSecret) })
        {
            var stored = await api.PostAsJsonAsync("/api/secrets", new { name = secret, value });
            Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync());
        }

        var put = await api.PutAsJsonAsync($"/api/connections/{name}", new JsonObject
        {
            ["kind"] = "stripe",
            ["secret"] = "stripe-key",
            ["webhookSecret"] = "stripe-whsec",
            ["baseUrl"] = stripe.Url,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Creates a checkout (after <paramref name="delay"/>, when given), keeps it as output <c>checkout</c>, waits for the
    /// payment (after <paramref name="pauseBeforeWait"/>, when given) and ends with outputs <c>port</c> (Paid, Failed or
    /// Expired) and <c>outcome</c> (the wait's outputs).
    /// </summary>
    public static JsonObject CheckoutAndWait(string id, string? timeout = null, string? delay = null, string? pauseBeforeWait = null)
    {
        var wait = new JsonObject { ["invoiceId"] = Js("outputs.checkout.invoiceId") };
        if (timeout is not null)
        {
            wait["timeout"] = timeout;
        }

        var activities = new JsonArray
        {
            Activity("checkout", "CreateStripeCheckout", new JsonObject
            {
                ["amountCents"] = 4990,
                ["currency"] = "BRL",
                ["productName"] = "Plano Pro",
                ["description"] = "Um mês do plano Pro",
                ["successUrl"] = "https://shop.test/ok?session_id={CHECKOUT_SESSION_ID}",
                ["cancelUrl"] = "https://shop.test/cancel",
                ["customerEmail"] = "ana@example.com",
                ["leadId"] = "lead-7",
                ["dealId"] = "deal-42",
            }),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "checkout", ["value"] = Js("outputs.checkout") }),
            Activity("wait", "WaitForPayment", wait),
            Activity("paid", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Paid" }),
            Activity("failed", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Failed" }),
            Activity("expired", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Expired" }),
            Activity("outcome", "SetOutput", new JsonObject { ["name"] = "outcome", ["value"] = Js("outputs.wait") }),
        };
        var connections = new JsonArray
        {
            Connect("checkout", "keep"), Connect("keep", "wait"),
            Connect("wait", "paid", "Paid"), Connect("wait", "failed", "Failed"), Connect("wait", "expired", "Expired"),
            Connect("paid", "outcome"), Connect("failed", "outcome"), Connect("expired", "outcome"),
        };
        if (pauseBeforeWait is not null)
        {
            activities.Add(Activity("hold", "Delay", new JsonObject { ["duration"] = pauseBeforeWait }));
            connections.RemoveAt(1);
            connections.Insert(1, Connect("keep", "hold"));
            connections.Add(Connect("hold", "wait"));
        }

        if (delay is not null)
        {
            activities.Insert(0, Activity("pause", "Delay", new JsonObject { ["duration"] = delay }));
            connections.Insert(0, Connect("pause", "checkout"));
        }

        return Definition(id, activities, connections);
    }

    /// <summary>
    /// The sales journey: a lead and a deal in the CRM, a checkout for the deal's value, the wait, and on <c>Paid</c>
    /// the deal marked won (which publishes <c>deal.won</c>); outputs as <see cref="CheckoutAndWait"/>, plus <c>deal</c>.
    /// </summary>
    public static JsonObject SalesJourney(string id) => Definition(id,
        [
            Activity("lead", "UpsertLead", new JsonObject { ["name"] = "Ana", ["email"] = "ana.buyer@example.com" }),
            Activity("deal", "CreateDeal", new JsonObject { ["leadId"] = Js("outputs.lead.lead.id"), ["title"] = "Plano Pro", ["valueCents"] = 4990 }),
            Activity("checkout", "CreateStripeCheckout", new JsonObject
            {
                ["amountCents"] = Js("outputs.deal.deal.valueCents"),
                ["currency"] = Js("outputs.deal.deal.currency"),
                ["productName"] = Js("outputs.deal.deal.title"),
                ["successUrl"] = "https://shop.test/ok?session_id={CHECKOUT_SESSION_ID}",
                ["cancelUrl"] = "https://shop.test/cancel",
                ["customerEmail"] = Js("outputs.lead.lead.email"),
                ["leadId"] = Js("outputs.lead.lead.id"),
                ["dealId"] = Js("outputs.deal.deal.id"),
            }),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "checkout", ["value"] = Js("outputs.checkout") }),
            Activity("wait", "WaitForPayment", new JsonObject { ["invoiceId"] = Js("outputs.checkout.invoiceId") }),
            Activity("win", "MarkDealWon", new JsonObject { ["dealId"] = Js("outputs.deal.deal.id") }),
            Activity("paid", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Paid" }),
            Activity("failed", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Failed" }),
            Activity("expired", "SetOutput", new JsonObject { ["name"] = "port", ["value"] = "Expired" }),
            Activity("outcome", "SetOutput", new JsonObject { ["name"] = "outcome", ["value"] = Js("outputs.wait") }),
            Activity("result", "SetOutput", new JsonObject { ["name"] = "deal", ["value"] = Js("outputs.win ? outputs.win.deal : outputs.deal.deal") }),
        ],
        [
            Connect("lead", "deal"), Connect("deal", "checkout"), Connect("checkout", "keep"), Connect("keep", "wait"),
            Connect("wait", "win", "Paid"), Connect("win", "paid"), Connect("wait", "failed", "Failed"), Connect("wait", "expired", "Expired"),
            Connect("paid", "outcome"), Connect("failed", "outcome"), Connect("expired", "outcome"), Connect("outcome", "result"),
        ]);

    /// <summary>A workflow started by the platform event, keeping its payload as output <c>payment</c>.</summary>
    public static JsonObject Listener(string id, string eventName) => Definition(id,
        [
            Activity("heard", "Event", new JsonObject { ["name"] = eventName }),
            Activity("note", "SetOutput", new JsonObject { ["name"] = "payment", ["value"] = Js("trigger.payload") }),
        ],
        [Connect("heard", "note")]);

    public static async Task<JsonArray> InvoicesAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonObject>("/api/payments"))!["items"]!.AsArray();

    /// <summary>Delivers an event to tenant default's webhook, signed now with the connection's secret.</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(TestHost host, string payload)
    {
        using var client = host.CreateClient();
        return await PostAsync(client, "/webhooks/stripe/default", payload, FakeStripe.Sign(payload));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Waits for the one instance of the listener workflow to finish, and fails if there are more.</summary>
    public static async Task<JsonObject> SingleListenerRunAsync(TestHost host, string workflowId)
    {
        var items = await Polling.UntilAsync(
            async () => (await host.Api.GetFromJsonAsync<JsonObject>($"/api/instances?workflowId={workflowId}"))!["items"]!.AsArray(),
            list => list.Count > 0, 20, $"a {workflowId} instance");
        var run = Assert.Single(items)!;
        return await host.WaitForStatusAsync(run["id"]!.GetValue<string>(), "Finished");
    }
}
