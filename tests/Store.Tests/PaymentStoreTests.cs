using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

public sealed class PaymentStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static InvoiceRow Invoice(string tenant, string key, string provider = "stripe") => new()
    {
        TenantId = tenant,
        Id = "inv_" + Guid.NewGuid().ToString("N"),
        Provider = provider,
        IdempotencyKey = key,
        Status = PaymentStatuses.Pending,
        AmountCents = 4990,
        Currency = "brl",
        InstanceId = "instance-1",
    };

    private static PaymentUpdate Paid(string paymentId = "pi_1") =>
        new(PaymentStatuses.Paid, new PaymentReport(paymentId, PaymentStatuses.Paid, 4990, "brl", "card", new DateTimeOffset(2026, 11, 24, 12, 5, 0, TimeSpan.Zero)));

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CreateInvoice_SameIdempotencyKeyEvenConcurrently_KeepsOneInvoice(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => payments.CreateInvoiceAsync(Invoice("acme", "checkout:i1:a:1"), None)));
        var other = await payments.CreateInvoiceAsync(Invoice("acme", "checkout:i1:a:2"), None);
        var otherTenant = await payments.CreateInvoiceAsync(Invoice("beta", "checkout:i1:a:1"), None);

        Assert.Single(created.Select(i => i.Id).Distinct());
        Assert.NotEqual(created[0].Id, other.Id);
        Assert.NotEqual(created[0].Id, otherTenant.Id);
        Assert.Equal(2, (await payments.ListAsync("acme", new InvoiceQuery(), None)).Items.Count);
        Assert.Null(await payments.FindAsync("beta", created[0].Id, None)); // another tenant's invoice is not found
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Apply_StatusesMoveOnlyForward_AndNothingLeavesRefunded(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();
        var invoice = await payments.CreateInvoiceAsync(Invoice("acme", "k1"), None);

        var steps = new (string To, bool Moves)[]
        {
            (PaymentStatuses.Pending, false),
            (PaymentStatuses.Expired, true),
            (PaymentStatuses.Failed, false), // sideways
            (PaymentStatuses.Pending, false), // backwards
            (PaymentStatuses.Paid, true), // a late payment after expiry counts
            (PaymentStatuses.Expired, false),
            (PaymentStatuses.Refunded, true),
            (PaymentStatuses.Paid, false),
        };
        var expected = PaymentStatuses.Pending;
        foreach (var (to, moves) in steps)
        {
            var transition = (await payments.ApplyAsync("acme", invoice.Id, new PaymentUpdate(to), None))!;
            Assert.True(moves == transition.Changed, $"{expected} → {to}");
            Assert.Equal(expected, transition.PreviousStatus);
            expected = moves ? to : expected;
            Assert.Equal(expected, transition.Invoice.Status);
        }

        var stored = (await payments.FindAsync("acme", invoice.Id, None))!;
        Assert.Equal(PaymentStatuses.Refunded, stored.Status);
        Assert.NotNull(stored.PaidAt);
        Assert.Null(await payments.ApplyAsync("acme", "inv_missing", new PaymentUpdate(PaymentStatuses.Paid), None));
        Assert.Null(await payments.ApplyAsync("beta", invoice.Id, new PaymentUpdate(PaymentStatuses.Paid), None));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Apply_SameNewsConcurrently_ChangesOnceAndKeepsOnePaymentRow(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();
        var invoice = await payments.CreateInvoiceAsync(Invoice("acme", "k1"), None);

        var transitions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => payments.ApplyAsync("acme", invoice.Id, Paid(), None)));

        Assert.Single(transitions, t => t!.Changed);
        var found = (await payments.FindWithPaymentsAsync("acme", invoice.Id, None))!;
        Assert.Equal(PaymentStatuses.Paid, found.Invoice.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 5, 0, TimeSpan.Zero), found.Invoice.PaidAt);
        var payment = Assert.Single(found.Payments);
        Assert.Equal(("pi_1", PaymentStatuses.Paid, 4990L, "card"), (payment.ExternalId, payment.Status, payment.AmountCents, payment.Method));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task StoreEvent_SameIdTwiceEvenConcurrently_IsStoredOnceAndProcessedOnce(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();
        WebhookEventRow Event(string tenant = "acme") => new() { TenantId = tenant, Provider = "asaas", EventId = "evt_05b7&7659763", Type = "PAYMENT_RECEIVED", Payload = "{}" };

        var stored = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => payments.StoreEventAsync(Event(), None)));
        Assert.Single(stored, s => s);
        Assert.True(await payments.StoreEventAsync(Event("beta"), None)); // per tenant
        store.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, (await payments.FindUnprocessedEventsAsync(store.Time.GetUtcNow() - TimeSpan.FromMinutes(1), 10, None)).Count);

        await payments.MarkProcessedAsync("acme", "asaas", "evt_05b7&7659763", null, None);
        await payments.MarkProcessedAsync("acme", "asaas", "evt_05b7&7659763", "late second call", None);

        var processed = (await payments.FindEventAsync("acme", "asaas", "evt_05b7&7659763", None))!;
        Assert.NotNull(processed.ProcessedAt);
        Assert.Null(processed.Error);
        Assert.Equal(new WebhookEventKey("beta", "asaas", "evt_05b7&7659763"), Assert.Single(await payments.FindUnprocessedEventsAsync(store.Time.GetUtcNow(), 10, None)));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Reconciler_Queries_FindPendingInvoicesDueForACheckAndSettledOnesStillAwaited(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();
        var fresh = await payments.CreateInvoiceAsync(Invoice("acme", "fresh"), None);
        await payments.SetExternalAsync("acme", fresh.Id, new InvoiceExternal("cs_fresh", "https://pay/fresh"), None);
        var notCharged = await payments.CreateInvoiceAsync(Invoice("acme", "no-session"), None);
        var dueSoon = await payments.CreateInvoiceAsync(Invoice("beta", "due"), None);
        await payments.SetExternalAsync("beta", dueSoon.Id, new InvoiceExternal("pay_due", null, store.Time.GetUtcNow().AddMinutes(5)), None);
        var settled = await payments.CreateInvoiceAsync(Invoice("beta", "settled"), None);
        await payments.SetExternalAsync("beta", settled.Id, new InvoiceExternal("pay_settled", null), None);
        await payments.ApplyAsync("beta", settled.Id, Paid("pay_settled"), None);

        var every = TimeSpan.FromMinutes(15);
        Assert.Empty(await payments.FindPendingToCheckAsync(store.Time.GetUtcNow(), every, 10, None));
        store.Time.Advance(TimeSpan.FromMinutes(6)); // past the due time only
        Assert.Equal([dueSoon.Id], (await payments.FindPendingToCheckAsync(store.Time.GetUtcNow(), every, 10, None)).Select(i => i.Id));
        await payments.MarkCheckedAsync("beta", dueSoon.Id, None);
        Assert.Empty(await payments.FindPendingToCheckAsync(store.Time.GetUtcNow(), every, 10, None));
        store.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(new[] { fresh.Id, dueSoon.Id }.Order(), (await payments.FindPendingToCheckAsync(store.Time.GetUtcNow(), every, 10, None)).Select(i => i.Id).Order());
        Assert.DoesNotContain(notCharged.Id, (await payments.FindPendingToCheckAsync(store.Time.GetUtcNow(), every, 10, None)).Select(i => i.Id));

        var db = store.Get<StoreDb>();
        await db.WriteAsync(StoreDb.AllTenants, async context =>
        {
            foreach (var (tenant, key) in new[] { ("beta", settled.Id), ("acme", fresh.Id), ("acme", settled.Id) })
            {
                context.Bookmarks.Add(new BookmarkRow
                {
                    Id = Guid.NewGuid().ToString("N"), TenantId = tenant, InstanceId = "i-" + key, ActivityId = "wait", Execution = 1, Attempt = 1,
                    Kind = "Payment", Key = key, CreatedAt = store.Time.GetUtcNow(),
                });
            }

            await context.SaveChangesAsync(None);
        }, None);
        Assert.Equal(new InvoiceKey("beta", settled.Id), Assert.Single(await payments.FindSettledAwaitedAsync("Payment", 10, None)));
    }

    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task List_FiltersByStatusAndProviderAndPagesNewestFirst(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var payments = store.Get<PaymentStore>();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await payments.CreateInvoiceAsync(Invoice("acme", $"k{i}", i % 2 == 0 ? "stripe" : "asaas"), None)).Id);
            store.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await payments.ApplyAsync("acme", ids[4], Paid(), None);

        var first = await payments.ListAsync("acme", new InvoiceQuery { Limit = 2 }, None);
        var second = await payments.ListAsync("acme", new InvoiceQuery { Limit = 2, Cursor = first.NextCursor }, None);
        var third = await payments.ListAsync("acme", new InvoiceQuery { Limit = 2, Cursor = second.NextCursor }, None);
        Assert.Equal([ids[4], ids[3], ids[2], ids[1], ids[0]], first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Invoice.Id));
        Assert.Null(third.NextCursor);
        Assert.Single(first.Items[0].Payments);

        Assert.Equal([ids[4]], (await payments.ListAsync("acme", new InvoiceQuery { Status = PaymentStatuses.Paid }, None)).Items.Select(i => i.Invoice.Id));
        Assert.Equal([ids[3], ids[1]], (await payments.ListAsync("acme", new InvoiceQuery { Provider = "asaas" }, None)).Items.Select(i => i.Invoice.Id));
        Assert.Empty((await payments.ListAsync("beta", new InvoiceQuery(), None)).Items);
        await Assert.ThrowsAsync<FormatException>(() => payments.ListAsync("acme", new InvoiceQuery { Cursor = "not-a-cursor!" }, None));
    }
}
