using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Payments;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>Asaas charges through the real host, against <see cref="FakeAsaas"/> on loopback, with webhooks carrying the token as Asaas sends it.</summary>
public sealed class AsaasTests
{
    private const string Pix = "asaas-pix";
    private const string Boleto = "asaas-boleto";

    [Fact]
    public async Task Journey_PixChargeCreatedThenReceived_HasTheQrCodeAndResumesOnceThroughPaid()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX"));
        await host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));

        var (instanceId, charge) = await AsaasFlows.StartChargeAsync(host, Pix);
        var (invoiceId, paymentId) = (Text(charge, "invoiceId"), Text(charge, "paymentId"));
        var due = asaas.Today.AddDays(1); // the default for PIX
        Assert.Equal(FakeAsaas.QrCodePng, Text(charge, "pixQrCode"));
        Assert.StartsWith("000201", Text(charge, "pixPayload"), StringComparison.Ordinal);
        Assert.Contains("49.90", Text(charge, "pixPayload"), StringComparison.Ordinal);
        Assert.Equal(Date(due), Text(charge, "dueDate"));

        // What Asaas holds: the customer found or created from the payer, the charge with the invoice as its reference.
        var payment = asaas.Payment(paymentId);
        Assert.Equal((invoiceId, "PIX", 49.90m, Date(due), "Plano Pro, um mês"), (Text(payment, "externalReference"), Text(payment, "billingType"),
            payment["value"]!.GetValue<decimal>(), Text(payment, "dueDate"), Text(payment, "description")));
        Assert.Equal((Text(payment, "invoiceUrl"), Text(payment, "customer")), (Text(charge, "url"), Text(charge, "customerId")));
        Assert.Equal((1, 1), (asaas.PaymentsCreated, asaas.CustomersCreated));
        Assert.Contains(asaas.Calls, c => c.Method == "GET" && c.PathAndQuery == $"/v3/payments?externalReference={invoiceId}");

        var pending = Assert.Single(await AsaasFlows.InvoicesAsync(host.Api))!;
        Assert.Equal(("asaas", "Pending", paymentId, 4990L, "brl"), (Text(pending, "provider"), Text(pending, "status"), Text(pending, "externalId"),
            pending["amountCents"]!.GetValue<long>(), Text(pending, "currency")));
        Assert.Equal(("PIX", Text(charge, "pixPayload"), "deal-42"), (Text(pending, "billingType"), Text(pending, "pixPayload"), Text(pending, "dealId")));
        Assert.Equal(new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-3)), pending["dueAt"]!.GetValue<DateTimeOffset>());

        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(paymentId, "PAYMENT_CREATED"))).StatusCode);
        await Polling.UntilAsync(() => AsaasFlows.CountEventsAsync(host, processed: true), n => n == 1, 20, "PAYMENT_CREATED to be processed");
        Assert.Equal("Suspended", Text(await host.GetInstanceAsync(instanceId), "status"));

        asaas.MarkReceived(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(paymentId, "PAYMENT_RECEIVED"))).StatusCode);

        var finished = await AsaasFlows.AssertEndedThroughAsync(host, instanceId, "Paid");
        var outcome = finished["output"]!["outcome"]!.AsObject();
        Assert.Equal(("Paid", 4990L, "brl", paymentId), (Text(outcome, "status"), outcome["amountCents"]!.GetValue<long>(), Text(outcome, "currency"), Text(outcome, "providerPaymentId")));
        var announced = await StripeFlows.SingleListenerRunAsync(host, "on-paid");
        Assert.Equal((invoiceId, "asaas"), (Text(announced["output"]!["payment"]!.AsObject(), "invoiceId"), Text(announced["output"]!["payment"]!.AsObject(), "provider")));

        var settled = Assert.Single(await AsaasFlows.InvoicesAsync(host.Api))!;
        Assert.Equal("Paid", Text(settled, "status"));
        Assert.NotNull(settled["paidAt"]);
        var row = Assert.Single(settled["payments"]!.AsArray())!;
        Assert.Equal(("Paid", paymentId, 4990L, "PIX"), (Text(row, "status"), Text(row, "externalId"), row["amountCents"]!.GetValue<long>(), Text(row, "method")));
    }

    [Fact]
    public async Task Boleto_ConfirmedThenReceived_ResumesOnceWithOnePaymentRow()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Boleto, "BOLETO"));

        var (instanceId, charge) = await AsaasFlows.StartChargeAsync(host, Boleto);
        var paymentId = Text(charge, "paymentId");
        Assert.Equal(Date(asaas.Today.AddDays(3)), Text(charge, "dueDate")); // the default for boleto
        Assert.Equal(Text(asaas.Payment(paymentId), "invoiceUrl"), Text(charge, "url"));
        Assert.Null(charge["pixPayload"]);
        Assert.DoesNotContain(asaas.Calls, c => c.PathAndQuery.EndsWith("/pixQrCode", StringComparison.Ordinal));

        asaas.MarkConfirmed(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(paymentId, "PAYMENT_CONFIRMED"))).StatusCode);
        await AsaasFlows.AssertEndedThroughAsync(host, instanceId, "Paid");

        asaas.MarkReceived(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(paymentId, "PAYMENT_RECEIVED"))).StatusCode);
        await Polling.UntilAsync(() => AsaasFlows.CountEventsAsync(host, processed: true), n => n == 2, 20, "both events to be processed");

        await AsaasFlows.AssertEndedThroughAsync(host, instanceId, "Paid");
        var invoice = Assert.Single(await AsaasFlows.InvoicesAsync(host.Api))!;
        Assert.Equal(("Paid", "BOLETO"), (Text(invoice, "status"), Text(invoice, "billingType")));
        var row = Assert.Single(invoice["payments"]!.AsArray())!;
        Assert.Equal(("Paid", paymentId, "BOLETO"), (Text(row, "status"), Text(row, "externalId"), Text(row, "method")));
    }

    [Fact]
    public async Task Overdue_ChargeNotPaidByItsDueDate_GoesToExpired()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Boleto, "BOLETO", new JsonObject { ["dueDate"] = Date(asaas.Today) }));
        await host.PublishAsync(StripeFlows.Listener("on-expired", "payment.expired"));

        var (instanceId, charge) = await AsaasFlows.StartChargeAsync(host, Boleto);
        var paymentId = Text(charge, "paymentId");
        Assert.Equal(Date(asaas.Today), Text(charge, "dueDate"));

        asaas.MarkOverdue(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(paymentId, "PAYMENT_OVERDUE"))).StatusCode);

        var finished = await AsaasFlows.AssertEndedThroughAsync(host, instanceId, "Expired");
        Assert.Equal(("Expired", "expired"), (Text(finished["output"]!["outcome"]!.AsObject(), "status"), Text(finished["output"]!["outcome"]!.AsObject(), "reason")));
        var invoice = Assert.Single(await AsaasFlows.InvoicesAsync(host.Api))!;
        Assert.Equal("Expired", Text(invoice, "status"));
        Assert.Empty(invoice["payments"]!.AsArray());
        Assert.Equal(instanceId, Text((await StripeFlows.SingleListenerRunAsync(host, "on-expired"))["output"]!["payment"]!.AsObject(), "instanceId"));
    }

    [Fact]
    public async Task Webhooks_EachSentThreeTimesShuffledAndConcurrently_ResumeOnceWithOnePaymentRowAndTheRightFinalState()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX"));
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Boleto, "BOLETO"));

        var (pixInstance, pixCharge) = await AsaasFlows.StartChargeAsync(host, Pix);
        var (boletoInstance, boletoCharge) = await AsaasFlows.StartChargeAsync(host, Boleto);
        var (overdueInstance, overdueCharge) = await AsaasFlows.StartChargeAsync(host, Boleto);
        var (pix, boleto, overdue) = (Text(pixCharge, "paymentId"), Text(boletoCharge, "paymentId"), Text(overdueCharge, "paymentId"));

        var events = new List<FakeAsaas.WebhookDelivery>
        {
            asaas.Webhook(pix, "PAYMENT_CREATED"), asaas.Webhook(pix, "PAYMENT_RECEIVED"),
            asaas.Webhook(boleto, "PAYMENT_CREATED"), asaas.Webhook(boleto, "PAYMENT_CONFIRMED"), asaas.Webhook(boleto, "PAYMENT_RECEIVED"),
            asaas.Webhook(overdue, "PAYMENT_CREATED"), asaas.Webhook(overdue, "PAYMENT_OVERDUE"),
        };
        var deliveries = events.SelectMany(e => Enumerable.Repeat(e, 3)).OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = await Task.WhenAll(deliveries.Select(delivery => AsaasFlows.DeliverAsync(host, delivery)));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));

        await AsaasFlows.AssertEndedThroughAsync(host, pixInstance, "Paid");
        await AsaasFlows.AssertEndedThroughAsync(host, boletoInstance, "Paid");
        await AsaasFlows.AssertEndedThroughAsync(host, overdueInstance, "Expired");

        // A stale OVERDUE for the paid boleto arrives last: Paid never moves back, nothing resumes again.
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(host, asaas.Webhook(boleto, "PAYMENT_OVERDUE"))).StatusCode);
        await Polling.UntilAsync(() => AsaasFlows.CountEventsAsync(host, processed: true), n => n == events.Count + 1, 20, "every distinct event to be processed");
        Assert.Equal(events.Count + 1, await AsaasFlows.CountEventsAsync(host));

        var invoices = (await AsaasFlows.InvoicesAsync(host.Api)).ToDictionary(i => Text(i!.AsObject(), "externalId"));
        Assert.Equal("Paid", Text(invoices[pix]!.AsObject(), "status"));
        Assert.Equal("Paid", Text(invoices[boleto]!.AsObject(), "status"));
        Assert.Equal("Expired", Text(invoices[overdue]!.AsObject(), "status"));
        Assert.Equal("Paid", Text(Assert.Single(invoices[pix]!["payments"]!.AsArray())!.AsObject(), "status"));
        Assert.Equal("Paid", Text(Assert.Single(invoices[boleto]!["payments"]!.AsArray())!.AsObject(), "status"));
        Assert.Empty(invoices[overdue]!["payments"]!.AsArray());
        await AsaasFlows.AssertEndedThroughAsync(host, boletoInstance, "Paid");
    }

    [Fact]
    public async Task Webhooks_WrongOrMissingTokenMalformedBodyOrUnknownTenant_Get4xxAndStoreNothing()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX"));
        var (instanceId, charge) = await AsaasFlows.StartChargeAsync(host, Pix);
        var created = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "acme", name = "Acme" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var before = await host.Api.GetStringAsync("/api/payments");

        asaas.MarkReceived(Text(charge, "paymentId"));
        var good = asaas.Webhook(Text(charge, "paymentId"), "PAYMENT_RECEIVED");
        const string Default = "/webhooks/asaas/default";
        var cases = new (string Name, string Path, string Body, string? Token, HttpStatusCode Status, string Says)[]
        {
            ("wrong token", Default, good.Body, "whk-not-the-token-Zq8RmT2vXa9LpK4nYc7BdE3w", HttpStatusCode.Unauthorized, "does not match"),
            ("token in another case", "/webhooks/asaas", good.Body, good.Token.ToUpperInvariant(), HttpStatusCode.Unauthorized, "does not match"),
            ("a prefix of the token", Default, good.Body, good.Token[..^1], HttpStatusCode.Unauthorized, "does not match"),
            ("missing token", Default, good.Body, null, HttpStatusCode.Unauthorized, "asaas-access-token header is missing"),
            ("malformed JSON", Default, "{\"id\": \"evt_1&1\", ", good.Token, HttpStatusCode.BadRequest, "not JSON"),
            ("not an object", Default, "[1, 2]", good.Token, HttpStatusCode.BadRequest, "not a JSON object"),
            ("no event id", Default, Changed(good.Body, b => b.AsObject().Remove("id")), good.Token, HttpStatusCode.BadRequest, "'id'"),
            ("no payment", Default, $$"""{ "id": "evt_0&1", "event": "PAYMENT_RECEIVED" }""", good.Token, HttpStatusCode.BadRequest, "no payment object"),
            ("value not a number", Default, Changed(good.Body, b => b["payment"]!["value"] = "49.90"), good.Token, HttpStatusCode.BadRequest, "'value'"),
            ("unknown tenant", "/webhooks/asaas/nobody", good.Body, good.Token, HttpStatusCode.NotFound, "Tenant 'nobody' does not exist"),
            ("tenant without asaas", "/webhooks/asaas/acme", good.Body, good.Token, HttpStatusCode.NotFound, "no asaas connection"),
            ("unknown connection", $"{Default}?connection=other", good.Body, good.Token, HttpStatusCode.NotFound, "no asaas connection 'other'"),
            ("too large", Default, new string(' ', (int)TestHost.MaxBodyBytes + 10) + good.Body, good.Token, HttpStatusCode.RequestEntityTooLarge, ""),
        };

        using var outsider = host.CreateClient(); // webhooks need no API key
        foreach (var (name, path, body, token, status, says) in cases)
        {
            using var request = (good with { Body = body }).ToRequest(path, token);
            using var response = await outsider.SendAsync(request);
            var problem = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{name}: expected {(int)status}, got {(int)response.StatusCode} {problem}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(says, problem, StringComparison.Ordinal);
        }

        // An event about something other than a payment is acknowledged (Asaas would pause the queue otherwise) and ignored.
        using var subscription = (good with { Body = """{ "id": "evt_sub&1", "event": "SUBSCRIPTION_CREATED", "subscription": { "id": "sub_1" } }""" }).ToRequest(Default);
        using var ignored = await outsider.SendAsync(subscription);
        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        Assert.True((await ignored.Content.ReadFromJsonAsync<JsonObject>())!["ignored"]!.GetValue<bool>());

        Assert.Equal(0, await AsaasFlows.CountEventsAsync(host));
        Assert.Equal(before, await host.Api.GetStringAsync("/api/payments"));
        Assert.Equal("Suspended", Text(await host.GetInstanceAsync(instanceId), "status"));

        // The host keeps serving: the same event with the right token is taken, on the tenant-default route.
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/health/live")).StatusCode);
        using var accepted = await outsider.SendAsync(good.ToRequest("/webhooks/asaas"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await AsaasFlows.AssertEndedThroughAsync(host, instanceId, "Paid");
        Assert.Equal(1, await AsaasFlows.CountEventsAsync(host));
    }

    [Fact]
    public async Task Reconciler_NoWebhookEverComes_FindsTheChargeReceivedAndResumesThroughPaid()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost(new() { ["Payments:ReconcileEvery"] = "00:00:01", ["Payments:ReconcileAfter"] = "00:00:01" });
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX"));
        await host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));
        var (instanceId, charge) = await AsaasFlows.StartChargeAsync(host, Pix);
        var paymentId = Text(charge, "paymentId");

        await Polling.UntilAsync(() => Task.FromResult(asaas.Calls.Count(c => c.Method == "GET" && c.PathAndQuery == $"/v3/payments/{paymentId}")),
            n => n >= 1, 20, "the reconciler to ask Asaas about the pending charge");
        Assert.Equal("Suspended", Text(await host.GetInstanceAsync(instanceId), "status")); // still pending at Asaas
        asaas.MarkReceived(paymentId);

        var finished = await host.WaitForStatusAsync(instanceId, "Finished", seconds: 30);
        Assert.Equal("Paid", Text(finished["output"]!.AsObject(), "port"));
        Assert.Equal(0, await AsaasFlows.CountEventsAsync(host));
        Assert.Equal(instanceId, Text((await StripeFlows.SingleListenerRunAsync(host, "on-paid"))["output"]!["payment"]!.AsObject(), "instanceId"));
        var invoice = Assert.Single(await AsaasFlows.InvoicesAsync(host.Api))!;
        Assert.Equal(("Paid", 1), (Text(invoice, "status"), invoice["payments"]!.AsArray().Count));
        Assert.Equal(1, asaas.PaymentsCreated);
    }

    [Fact]
    public async Task Charge_RunAgainForTheSameExecution_ReturnsTheStoredChargeWithoutAskingAsaasAgain()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        var charges = host.Services.GetRequiredService<IAsaasCharges>();
        var request = new AsaasChargeRequest
        {
            TenantId = "default", InstanceId = "instance-1", ExecutionId = "instance-1:charge:1", Connection = "default",
            AmountCents = 1500, BillingType = AsaasBilling.Pix, DueInDays = 2, Payer = new AsaasPayer("Bruno Lima", "bruno@example.com", "98765432100"),
        };

        var first = await charges.CreateAsync(request, CancellationToken.None);
        var calls = asaas.Calls.Count;
        var again = await charges.CreateAsync(request, CancellationToken.None);
        Assert.Equal(calls, asaas.Calls.Count); // the stored invoice had the charge: Asaas was not asked
        var other = await charges.CreateAsync(request with { ExecutionId = "instance-1:charge:2" }, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(asaas.Today.AddDays(2), first.DueDate);
        Assert.Equal(FakeAsaas.QrCodePng, first.PixQrCode);
        Assert.NotEqual(first.PaymentId, other.PaymentId);
        Assert.Equal(first.CustomerId, other.CustomerId);
        Assert.Equal((2, 1), (asaas.PaymentsCreated, asaas.CustomersCreated));
        Assert.Equal(15.00m, asaas.Payment(first.PaymentId)["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Charge_AnswerLostAfterAsaasCreatedIt_TheRetryFindsTheChargeAndCreatesNoOther()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX",
            retry: new JsonObject { ["maxAttempts"] = 3, ["initialDelay"] = "PT0.2S", ["backoff"] = 1.0, ["maxDelay"] = "PT1S" }));
        asaas.LoseNextCreatedPaymentAnswer();

        var (_, charge) = await AsaasFlows.StartChargeAsync(host, Pix);

        Assert.Equal(1, asaas.PaymentsCreated);
        Assert.Equal(Assert.Single(asaas.PaymentIds), Text(charge, "paymentId"));
        Assert.Equal(Text(charge, "invoiceId"), Text(asaas.Payment(Text(charge, "paymentId")), "externalReference"));
        Assert.Single(await AsaasFlows.InvoicesAsync(host.Api));
    }

    [Fact]
    public async Task Charge_WithoutAnAsaasConnection_FailsSayingHowToConfigureOne()
    {
        using var host = new TestHost();
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Pix, "PIX"));
        var instanceId = (await host.RunAsync(Pix))["instanceId"]!.GetValue<string>();

        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        var message = faulted["incidents"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("no asaas connection 'default'", message, StringComparison.Ordinal);
        Assert.Contains("PUT /api/connections/default", message, StringComparison.Ordinal);
        Assert.Empty(await AsaasFlows.InvoicesAsync(host.Api));
    }

    [Fact]
    public async Task Charge_RefusedByAsaas_FailsWithItsErrorDescriptions()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        await host.PublishAsync(AsaasFlows.ChargeAndWait(Boleto, "BOLETO", new JsonObject { ["dueDate"] = Date(asaas.Today.AddDays(-1)) }));
        var instanceId = (await host.RunAsync(Boleto))["instanceId"]!.GetValue<string>();

        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        var message = faulted["incidents"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("Asaas answered 400", message, StringComparison.Ordinal);
        Assert.Contains("The due date cannot be earlier than today.", message, StringComparison.Ordinal);
        Assert.Equal(0, asaas.PaymentsCreated);
    }

    [Fact]
    public async Task Charge_RefusedByAsaasWithItsFailedPortConnected_ContinuesThereWithTheError()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        using var host = new TestHost();
        await AsaasFlows.ConnectAsync(host.Api, asaas);
        var definition = AsaasFlows.ChargeAndWait(Boleto, "BOLETO", new JsonObject { ["dueDate"] = Date(asaas.Today.AddDays(-1)) });
        definition["activities"]!.AsArray().Add(Activity("refused", "SetOutput", new JsonObject { ["name"] = "refused", ["value"] = Js("outputs.charge.error") }));
        definition["connections"]!.AsArray().Add(Connect("charge", "refused", "Failed"));
        await host.PublishAsync(definition);
        var instanceId = (await host.RunAsync(Boleto))["instanceId"]!.GetValue<string>();

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Contains("The due date cannot be earlier than today.", finished["output"]!["refused"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(finished["output"]!["charge"]);
        Assert.Equal(0, asaas.PaymentsCreated);
    }

    [Fact]
    public async Task Definition_LiteralInputsAsaasCannotTake_AreRefusedWhenSaved()
    {
        using var host = new TestHost();
        var saved = await host.Api.PutAsJsonAsync("/api/workflows/asaas-bad-inputs", Definition("asaas-bad-inputs",
            [
                Activity("bitcoin", "CreateAsaasCharge", new JsonObject
                {
                    ["amountCents"] = 0, ["billingType"] = "BITCOIN", ["dueDate"] = "01/12/2026",
                    ["customer"] = new JsonObject { ["email"] = "x@example.com", ["cpfCnpj"] = "123" },
                }),
                Activity("both", "CreateAsaasCharge", new JsonObject
                {
                    ["amountCents"] = 100, ["billingType"] = "pix", ["dueDate"] = "2030-01-01", ["dueInDays"] = 2,
                    ["customer"] = new JsonObject { ["name"] = Js("'Ana'") },
                }),
            ],
            []));

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var errors = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()
            .Select(e => (Path: e!["path"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("activities[0].inputs.amountCents", paths);
        Assert.Contains("activities[0].inputs.billingType", paths);
        Assert.Contains("activities[0].inputs.dueDate", paths);
        Assert.Contains("activities[0].inputs.customer", paths);
        Assert.Contains("activities[1].inputs.billingType", paths); // Asaas spells it PIX
        Assert.Contains("activities[1].inputs.dueInDays", paths);
        Assert.DoesNotContain("activities[1].inputs.customer", paths); // its name is an expression, checked when it runs
        Assert.Contains(errors, e => e.Message.Contains("PIX, BOLETO, CREDIT_CARD", StringComparison.Ordinal));
    }

    private static string Changed(string body, Action<JsonNode> change)
    {
        var changed = JsonNode.Parse(body)!;
        change(changed);
        return changed.ToJsonString();
    }

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
