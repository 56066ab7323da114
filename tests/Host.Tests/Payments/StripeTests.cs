using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Payments;
using WorkflowPlatform.Store;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>Stripe checkouts through the real host, against <see cref="FakeStripe"/> on loopback, with webhooks signed as Stripe signs them.</summary>
public sealed class StripeTests
{
    private const string Checkout = "stripe-checkout";

    [Fact]
    public async Task Journey_CheckoutPaidBySignedWebhook_ResumesThroughPaidAndTheDealIsWon()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.SalesJourney("sales-journey"));
        await host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));
        await host.PublishAsync(StripeFlows.Listener("on-won", "deal.won"));

        var instanceId = (await host.RunAsync("sales-journey"))["instanceId"]!.GetValue<string>();
        var suspended = await host.WaitForStatusAsync(instanceId, "Suspended");
        var checkout = suspended["output"]!["checkout"]!;
        var (invoiceId, sessionId) = (checkout["invoiceId"]!.GetValue<string>(), checkout["sessionId"]!.GetValue<string>());
        Assert.StartsWith(stripe.Url + "/c/pay/cs_test_", checkout["url"]!.GetValue<string>(), StringComparison.Ordinal);

        // What Stripe.net sent: a payment-mode session with price data, metadata naming tenant, instance, invoice and execution.
        var sent = Assert.Single(stripe.Creates);
        Assert.Equal("payment", sent.Form["mode"]);
        Assert.Equal("4990", sent.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("brl", sent.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("Plano Pro", sent.Form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal("ana.buyer@example.com", sent.Form["customer_email"]);
        Assert.Equal("default", sent.Form["metadata[tenant]"]);
        Assert.Equal(instanceId, sent.Form["metadata[instanceId]"]);
        Assert.Equal(invoiceId, sent.Form["metadata[invoiceId]"]);
        Assert.Equal(invoiceId, sent.Form["client_reference_id"]);
        Assert.StartsWith(instanceId + ":checkout:", sent.Form["metadata[executionId]"], StringComparison.Ordinal);
        Assert.Equal($"checkout:{sent.Form["metadata[executionId]"]}", sent.IdempotencyKey);
        var dealId = sent.Form["metadata[dealId]"];

        var pending = Assert.Single(await StripeFlows.InvoicesAsync(host.Api))!;
        Assert.Equal(("stripe", "Pending", sessionId, 4990L, dealId), (pending["provider"]!.GetValue<string>(), pending["status"]!.GetValue<string>(),
            pending["externalId"]!.GetValue<string>(), pending["amountCents"]!.GetValue<long>(), pending["dealId"]!.GetValue<string>()));

        var paid = stripe.MarkPaid(sessionId);
        var delivery = await StripeFlows.DeliverAsync(host, stripe.Event("checkout.session.completed", paid));
        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        var outcome = finished["output"]!["outcome"]!;
        Assert.Equal(("Paid", "Paid", 4990L), (finished["output"]!["port"]!.GetValue<string>(), outcome["status"]!.GetValue<string>(), outcome["amountCents"]!.GetValue<long>()));
        Assert.Equal(paid["payment_intent"]!.GetValue<string>(), outcome["providerPaymentId"]!.GetValue<string>());
        Assert.Equal((dealId, "won"), (finished["output"]!["deal"]!["id"]!.GetValue<string>(), finished["output"]!["deal"]!["stage"]!.GetValue<string>()));

        var won = await StripeFlows.SingleListenerRunAsync(host, "on-won");
        Assert.Equal((dealId, "won"), (won["output"]!["payment"]!["deal"]!["id"]!.GetValue<string>(), won["output"]!["payment"]!["deal"]!["stage"]!.GetValue<string>()));
        var announced = await StripeFlows.SingleListenerRunAsync(host, "on-paid");
        Assert.Equal((invoiceId, dealId), (announced["output"]!["payment"]!["invoiceId"]!.GetValue<string>(), announced["output"]!["payment"]!["dealId"]!.GetValue<string>()));

        var settled = Assert.Single(await StripeFlows.InvoicesAsync(host.Api))!;
        Assert.Equal("Paid", settled["status"]!.GetValue<string>());
        Assert.NotNull(settled["paidAt"]);
        var payment = Assert.Single(settled["payments"]!.AsArray())!;
        Assert.Equal(("Paid", 4990L), (payment["status"]!.GetValue<string>(), payment["amountCents"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Webhooks_EachSentThreeTimesShuffled_ResumeOnceWithOnePaymentRowAndTheRightFinalState()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout));
        await host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));
        await host.PublishAsync(StripeFlows.Listener("on-failed", "payment.failed"));

        var (paidInstance, paidSession) = await StartCheckoutAsync(host);
        var (failedInstance, failedSession) = await StartCheckoutAsync(host);
        var (expiredInstance, expiredSession) = await StartCheckoutAsync(host);

        // A delayed method that succeeds, one that fails, and a session nobody paid.
        var events = new List<string>
        {
            stripe.Event("checkout.session.completed", stripe.MarkAwaitingPayment(paidSession)),
            stripe.Event("checkout.session.async_payment_succeeded", stripe.MarkPaid(paidSession)),
            stripe.Event("checkout.session.completed", stripe.MarkAwaitingPayment(failedSession)),
            stripe.Event("checkout.session.async_payment_failed", stripe.Session(failedSession)),
            stripe.Event("checkout.session.expired", stripe.MarkExpired(expiredSession)),
        };
        var deliveries = events.SelectMany(e => Enumerable.Repeat(e, 3)).OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = await Task.WhenAll(deliveries.Select(payload => StripeFlows.DeliverAsync(host, payload)));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));

        await AssertEndedThroughAsync(host, paidInstance, "Paid");
        await AssertEndedThroughAsync(host, failedInstance, "Failed");
        await AssertEndedThroughAsync(host, expiredInstance, "Expired");

        // A stale failure for the paid session arrives last: Paid never moves back, nothing resumes again.
        var stale = await StripeFlows.DeliverAsync(host, stripe.Event("checkout.session.async_payment_failed", stripe.Session(paidSession)));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        await Polling.UntilAsync(() => CountEventsAsync(host, processed: true), n => n == events.Count + 1, 20, "every distinct event to be processed");

        var invoices = (await StripeFlows.InvoicesAsync(host.Api)).ToDictionary(i => i!["externalId"]!.GetValue<string>());
        Assert.Equal("Paid", invoices[paidSession]!["status"]!.GetValue<string>());
        Assert.Equal("Failed", invoices[failedSession]!["status"]!.GetValue<string>());
        Assert.Equal("Expired", invoices[expiredSession]!["status"]!.GetValue<string>());
        Assert.Equal("Paid", Assert.Single(invoices[paidSession]!["payments"]!.AsArray())!["status"]!.GetValue<string>());
        Assert.Equal("Failed", Assert.Single(invoices[failedSession]!["payments"]!.AsArray())!["status"]!.GetValue<string>());
        Assert.Empty(invoices[expiredSession]!["payments"]!.AsArray());
        Assert.Equal(events.Count + 1, await CountEventsAsync(host, processed: null));

        Assert.Equal(paidInstance, (await StripeFlows.SingleListenerRunAsync(host, "on-paid"))["output"]!["payment"]!["instanceId"]!.GetValue<string>());
        Assert.Equal(failedInstance, (await StripeFlows.SingleListenerRunAsync(host, "on-failed"))["output"]!["payment"]!["instanceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhooks_BadSignatureStaleOrMissingHeaderMalformedOrUnknownTenant_Get4xxAndStoreNothing()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout));
        var (_, sessionId) = await StartCheckoutAsync(host);
        var created = await host.Api.PostAsJsonAsync("/api/tenants", new { id = "acme", name = "Acme" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var before = await host.Api.GetStringAsync("/api/payments");

        var good = stripe.Event("checkout.session.completed", stripe.MarkPaid(sessionId));
        var cases = new (string Name, string Path, string Body, string? Signature, HttpStatusCode Status, string Says)[]
        {
            ("bad signature", "/webhooks/stripe/default", good, FakeStripe.Sign(good, "whsec_not_the_secret"), HttpStatusCode.BadRequest, "signature"),
            ("tampered body", "/webhooks/stripe/default", good.Replace("4990", "1", StringComparison.Ordinal), FakeStripe.Sign(good), HttpStatusCode.BadRequest, "signature"),
            ("stale timestamp", "/webhooks/stripe/default", good, FakeStripe.Sign(good, at: DateTimeOffset.UtcNow.AddMinutes(-6)), HttpStatusCode.BadRequest, "tolerance"),
            ("missing header", "/webhooks/stripe/default", good, null, HttpStatusCode.BadRequest, "Stripe-Signature header is missing"),
            ("garbage header", "/webhooks/stripe", good, "v1=abc,t=yesterday", HttpStatusCode.BadRequest, "Stripe-Signature"),
            ("malformed JSON", "/webhooks/stripe/default", "{\"id\": \"evt_1\", ", FakeStripe.Sign("{\"id\": \"evt_1\", "), HttpStatusCode.BadRequest, "not valid JSON"),
            ("not an event", "/webhooks/stripe/default", "{\"type\":\"checkout.session.completed\"}", FakeStripe.Sign("{\"type\":\"checkout.session.completed\"}"), HttpStatusCode.BadRequest, "'id'"),
            ("unknown tenant", "/webhooks/stripe/nobody", good, FakeStripe.Sign(good), HttpStatusCode.NotFound, "Tenant 'nobody' does not exist"),
            ("tenant without stripe", "/webhooks/stripe/acme", good, FakeStripe.Sign(good), HttpStatusCode.NotFound, "no stripe connection"),
            ("unknown connection", "/webhooks/stripe/default?connection=other", good, FakeStripe.Sign(good), HttpStatusCode.NotFound, "no stripe connection 'other'"),
            ("too large", "/webhooks/stripe/default", new string(' ', (int)TestHost.MaxBodyBytes + 10) + good, FakeStripe.Sign(good), HttpStatusCode.RequestEntityTooLarge, ""),
        };

        using var outsider = host.CreateClient(); // webhooks need no API key
        foreach (var (name, path, body, signature, status, says) in cases)
        {
            using var response = await StripeFlows.PostAsync(outsider, path, body, signature);
            var problem = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{name}: expected {(int)status}, got {(int)response.StatusCode} {problem}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(says, problem, StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountEventsAsync(host, processed: null));
        Assert.Equal(before, await host.Api.GetStringAsync("/api/payments"));

        // The host keeps serving: the same event, properly signed, is taken.
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/health/live")).StatusCode);
        using var accepted = await StripeFlows.PostAsync(outsider, "/webhooks/stripe", good, FakeStripe.Sign(good));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, await CountEventsAsync(host, processed: null));
    }

    [Fact]
    public async Task Checkout_RunAgainForTheSameExecution_ReturnsTheStoredSessionWithoutCallingStripe()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        var checkouts = host.Services.GetRequiredService<IStripeCheckout>();
        var request = new StripeCheckoutRequest
        {
            TenantId = "default", InstanceId = "instance-1", ExecutionId = "instance-1:checkout:1", Connection = "default",
            AmountCents = 1500, Currency = "usd", ProductName = "Seat", Quantity = 2,
            SuccessUrl = "https://shop.test/ok", CancelUrl = "https://shop.test/cancel",
        };

        var first = await checkouts.CreateAsync(request, CancellationToken.None);
        var again = await checkouts.CreateAsync(request, CancellationToken.None);
        var other = await checkouts.CreateAsync(request with { ExecutionId = "instance-1:checkout:2" }, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first.SessionId, other.SessionId);
        Assert.Equal(2, stripe.Creates.Count);
        Assert.Equal(2, stripe.SessionsCreated);
        Assert.Equal(3000, stripe.Session(first.SessionId)["amount_total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Checkout_WithoutAStripeConnection_FailsNamingWhatIsMissing()
    {
        using var host = new TestHost();
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout));
        var instanceId = (await host.RunAsync(Checkout))["instanceId"]!.GetValue<string>();
        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("no stripe connection 'default'", faulted["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await StripeFlows.InvoicesAsync(host.Api));
    }

    [Fact]
    public async Task Reconciler_NoWebhookEverComes_FindsTheSessionPaidAndResumesThroughPaid()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost(new() { ["Payments:ReconcileEvery"] = "00:00:01", ["Payments:ReconcileAfter"] = "00:00:01" });
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout));
        await host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));
        var (instanceId, sessionId) = await StartCheckoutAsync(host);

        await Polling.UntilAsync(() => Task.FromResult(stripe.Retrievals), n => n >= 1, 20, "the reconciler to ask Stripe about the pending session");
        Assert.Equal("Suspended", (await host.GetInstanceAsync(instanceId))["status"]!.GetValue<string>()); // still open at Stripe
        stripe.MarkPaid(sessionId);

        var finished = await host.WaitForStatusAsync(instanceId, "Finished", seconds: 30);
        Assert.Equal("Paid", finished["output"]!["port"]!.GetValue<string>());
        Assert.Equal(0, await CountEventsAsync(host, processed: null));
        Assert.Equal(instanceId, (await StripeFlows.SingleListenerRunAsync(host, "on-paid"))["output"]!["payment"]!["instanceId"]!.GetValue<string>());
        var invoice = Assert.Single(await StripeFlows.InvoicesAsync(host.Api))!;
        Assert.Equal(("Paid", 1), (invoice["status"]!.GetValue<string>(), invoice["payments"]!.AsArray().Count));
    }

    [Fact]
    public async Task WaitForPayment_NothingHappensBeforeItsTimeout_GoesToExpiredWithReasonTimedOut()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout, timeout: "PT1S"));

        var (instanceId, _) = await StartCheckoutAsync(host);
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal("Expired", finished["output"]!["port"]!.GetValue<string>());
        Assert.Equal(("timedOut", "Pending"), (finished["output"]!["outcome"]!["reason"]!.GetValue<string>(), finished["output"]!["outcome"]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WaitForPayment_InvoiceAlreadyPaidWhenItRuns_CompletesAtOnceThroughPaid()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost();
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout, pauseBeforeWait: "PT2S"));

        var (instanceId, sessionId) = await StartCheckoutAsync(host); // suspended in the pause, before the wait
        var delivery = await StripeFlows.DeliverAsync(host, stripe.Event("checkout.session.completed", stripe.MarkPaid(sessionId)));
        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);
        await Polling.UntilAsync(() => CountEventsAsync(host, processed: true), n => n == 1, 20, "the event to be processed");

        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal("Paid", finished["output"]!["port"]!.GetValue<string>());
        var journal = await host.GetJournalAsync(instanceId);
        Assert.DoesNotContain(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Suspended");
    }

    [Fact]
    public async Task Reconciler_InvoiceSettledButItsWaiterNeverResumed_ResumesItOnce()
    {
        await using var stripe = await FakeStripe.StartAsync();
        using var host = new TestHost(new() { ["Payments:ReconcileEvery"] = "00:00:01", ["Payments:ReconcileAfter"] = "01:00:00" });
        await StripeFlows.ConnectAsync(host.Api, stripe);
        await host.PublishAsync(StripeFlows.CheckoutAndWait(Checkout));
        var (instanceId, _) = await StartCheckoutAsync(host);
        var invoiceId = (await host.GetInstanceAsync(instanceId))["output"]!["checkout"]!["invoiceId"]!.GetValue<string>();

        // As if a process died between moving the invoice and resuming its waiter: the store says Paid, the bookmark waits.
        var moved = await host.Services.GetRequiredService<PaymentStore>().ApplyAsync("default", invoiceId,
            new PaymentUpdate(PaymentStatuses.Paid, new PaymentReport("pi_lost_resume", PaymentStatuses.Paid, 4990, "brl", "card", DateTimeOffset.UtcNow)), CancellationToken.None);
        Assert.True(moved!.Changed);

        await AssertEndedThroughAsync(host, instanceId, "Paid");
        Assert.Equal(0, stripe.Retrievals);
    }

    private static async Task<(string InstanceId, string SessionId)> StartCheckoutAsync(TestHost host)
    {
        var instanceId = (await host.RunAsync(Checkout))["instanceId"]!.GetValue<string>();
        var suspended = await host.WaitForStatusAsync(instanceId, "Suspended");
        return (instanceId, suspended["output"]!["checkout"]!["sessionId"]!.GetValue<string>());
    }

    private static async Task AssertEndedThroughAsync(TestHost host, string instanceId, string port)
    {
        var finished = await host.WaitForStatusAsync(instanceId, "Finished");
        Assert.Equal(port, finished["output"]!["port"]!.GetValue<string>());
        var journal = await host.GetJournalAsync(instanceId);
        Assert.Single(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Resumed");
        Assert.Single(journal, e => e!["activityId"]!.GetValue<string>() == "wait" && e["event"]!.GetValue<string>() == "Completed");
    }

    /// <summary>Webhook events in the store (all, or only those processed or not).</summary>
    private static async Task<int> CountEventsAsync(TestHost host, bool? processed)
    {
        var db = host.Services.GetRequiredService<StoreDb>();
        await using var context = await db.OpenAsync(StoreDb.AllTenants, CancellationToken.None);
        var events = context.WebhookEvents.AsQueryable();
        if (processed is { } done)
        {
            events = done ? events.Where(e => e.ProcessedAt != null) : events.Where(e => e.ProcessedAt == null);
        }

        return await events.CountAsync();
    }
}
