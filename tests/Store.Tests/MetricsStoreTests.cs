using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store.Tests;

public sealed class MetricsStoreTests
{
    [Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Payments_revenue_and_deals_won_are_counted_in_the_period_and_the_tenant(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        var (from, to) = (now.AddDays(-7), now.AddDays(1));
        await store.Get<StoreDb>().WriteAsync(StoreDb.AllTenants, async context =>
        {
            context.Invoices.AddRange(
                Invoice("acme", "i1", "Paid", 19_900, "BRL", now.AddDays(-1), paidAt: now.AddHours(-20)),
                Invoice("acme", "i2", "Paid", 5_000, "BRL", now.AddDays(-2), paidAt: now.AddDays(-2)),
                Invoice("acme", "i3", "Paid", 1_000, "USD", now.AddDays(-2), paidAt: now.AddDays(-2)),
                Invoice("acme", "i4", "Expired", 7_000, "BRL", now.AddDays(-3)),
                Invoice("acme", "i5", "Pending", 7_000, "BRL", now.AddDays(-1)),
                Invoice("acme", "old", "Paid", 99_000, "BRL", now.AddDays(-30), paidAt: now.AddDays(-30)),
                Invoice("globex", "g1", "Paid", 50_000, "BRL", now.AddDays(-1), paidAt: now.AddDays(-1)));
            context.Deals.AddRange(
                Deal("acme", "d1", 19_900, now.AddHours(-20)),
                Deal("acme", "d2", 5_000, now.AddDays(-2)),
                Deal("acme", "open", 8_000, wonAt: null),
                Deal("globex", "g", 50_000, now.AddDays(-1)));
            await context.SaveChangesAsync();
        }, CancellationToken.None);

        var metrics = store.Get<MetricsStore>();
        var payments = await metrics.PaymentsAsync("acme", from, to, CancellationToken.None);
        var deals = await metrics.DealsWonAsync("acme", from, to, CancellationToken.None);

        Assert.Equal((5, 3, 0, 1, 1), (payments.Created, payments.Paid, payments.Failed, payments.Expired, payments.Pending));
        Assert.Equal([new MoneyFigures("BRL", 24_900, 2), new MoneyFigures("USD", 1_000, 1)], payments.Revenue.OrderBy(r => r.Currency));
        Assert.Equal(2, deals.Won);
        Assert.Equal(new MoneyFigures("BRL", 24_900, 2), Assert.Single(deals.Value));
    }

    private static InvoiceRow Invoice(string tenant, string id, string status, long cents, string currency, DateTimeOffset createdAt, DateTimeOffset? paidAt = null) =>
        new() { TenantId = tenant, Id = id, Provider = "stripe", IdempotencyKey = id, Status = status, AmountCents = cents, Currency = currency, CreatedAt = createdAt, UpdatedAt = createdAt, PaidAt = paidAt };

    private static DealRow Deal(string tenant, string id, long cents, DateTimeOffset? wonAt) =>
        new() { TenantId = tenant, Id = id, LeadId = "lead", ValueCents = cents, Currency = "BRL", Stage = wonAt is null ? "open" : "won", WonAt = wonAt };
}
