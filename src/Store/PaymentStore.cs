using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// Invoices, their payments and the providers' webhook events. An invoice is created once per idempotency key (the
/// activity execution's), its status only moves forward (<see cref="PaymentStatuses"/>), and a webhook event is
/// stored once per provider event id. Every write is safe to repeat, so webhooks, the bus and the reconciler of
/// several processes may all apply the same news.
/// </summary>
public sealed class PaymentStore(StoreDb db, TimeProvider time)
{
    private const int MaxTransitionAttempts = 5;

    /// <summary>Stores the invoice, or returns the one already stored with its idempotency key (a re-run of the same execution).</summary>
    public async Task<InvoiceRow> CreateInvoiceAsync(InvoiceRow invoice, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(invoice.TenantId, async context =>
            {
                if (await ByKey(context, invoice.TenantId, invoice.IdempotencyKey).FirstOrDefaultAsync(cancellationToken) is { } existing)
                {
                    return existing;
                }

                var now = time.GetUtcNow();
                invoice.CreatedAt = now;
                invoice.UpdatedAt = now;
                context.Invoices.Add(invoice);
                await context.SaveChangesAsync(cancellationToken);
                return invoice;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent attempt with the same key stored it first: that one is the invoice.
            await using var context = await db.OpenAsync(invoice.TenantId, cancellationToken);
            if (await ByKey(context, invoice.TenantId, invoice.IdempotencyKey).FirstOrDefaultAsync(cancellationToken) is { } stored)
            {
                return stored;
            }

            throw;
        }
    }

    public async Task<InvoiceRow?> FindAsync(string tenantId, string invoiceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Id == invoiceId, cancellationToken);
    }

    public async Task<InvoiceWithPayments?> FindWithPaymentsAsync(string tenantId, string invoiceId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var invoice = await context.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Id == invoiceId, cancellationToken);
        return invoice is null ? null : (await WithPaymentsAsync(context, tenantId, [invoice], cancellationToken))[0];
    }

    public async Task<InvoiceRow?> FindByExternalIdAsync(string tenantId, string provider, string externalId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Invoices.AsNoTracking()
            .FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Provider == provider && i.ExternalId == externalId, cancellationToken);
    }

    /// <summary>Records the provider's id and URL for the invoice; null when there is no such invoice.</summary>
    /// <exception cref="InvalidOperationException">The invoice already belongs to another provider charge.</exception>
    public Task<InvoiceRow?> SetExternalAsync(string tenantId, string invoiceId, InvoiceExternal external, CancellationToken cancellationToken) =>
        db.WriteAsync<InvoiceRow?>(tenantId, async context =>
        {
            var row = await context.Invoices.FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Id == invoiceId, cancellationToken);
            if (row is null)
            {
                return null;
            }

            if (row.ExternalId is not null && row.ExternalId != external.ExternalId)
            {
                throw new InvalidOperationException($"Invoice {invoiceId} is already charge {row.ExternalId} at {row.Provider}, not {external.ExternalId}.");
            }

            row.ExternalId = external.ExternalId;
            row.Url = external.Url ?? row.Url;
            row.DueAt = external.DueAt?.ToUniversalTime() ?? row.DueAt;
            row.CustomerId = external.CustomerId ?? row.CustomerId;
            row.BillingType = external.BillingType ?? row.BillingType;
            row.PixPayload = external.PixPayload ?? row.PixPayload;
            row.PixQrCode = external.PixQrCode ?? row.PixQrCode;
            row.UpdatedAt = time.GetUtcNow();
            await context.SaveChangesAsync(cancellationToken);
            return row;
        }, cancellationToken);

    /// <summary>
    /// Moves the invoice to the update's status if that is forward (see <see cref="PaymentStatuses"/>) and upserts the
    /// reported payment, in one transaction. The move is a compare-and-set on the status read, so of two concurrent
    /// updates (two processes, a webhook and the reconciler) exactly one reports <see cref="InvoiceTransition.Changed"/>.
    /// Null when there is no such invoice.
    /// </summary>
    public async Task<InvoiceTransition?> ApplyAsync(string tenantId, string invoiceId, PaymentUpdate update, CancellationToken cancellationToken)
    {
        if (!PaymentStatuses.IsKnown(update.Status) || (update.Payment is { } report && !PaymentStatuses.IsKnown(report.Status)))
        {
            throw new ArgumentException($"Unknown payment status in {update}.", nameof(update));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (found, transition) = await db.WriteAsync(tenantId, context => ApplyOnceAsync(context, tenantId, invoiceId, update, cancellationToken), cancellationToken);
                if (!found || transition is not null)
                {
                    return transition;
                }
            }
            catch (DbUpdateException) when (attempt < MaxTransitionAttempts)
            {
                // A concurrent writer inserted the same payment row first; the next attempt sees it.
            }

            if (attempt >= MaxTransitionAttempts)
            {
                throw new InvalidOperationException($"Invoice {invoiceId} kept changing under {MaxTransitionAttempts} attempts to apply {update.Status}.");
            }
        }
    }

    /// <summary>Stores the event once: true when stored now, false when an event with its id was stored before.</summary>
    public async Task<bool> StoreEventAsync(WebhookEventRow webhookEvent, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(webhookEvent.TenantId, async context =>
            {
                if (await EventQuery(context, webhookEvent.TenantId, webhookEvent.Provider, webhookEvent.EventId).AnyAsync(cancellationToken))
                {
                    return false;
                }

                webhookEvent.ReceivedAt = time.GetUtcNow();
                context.WebhookEvents.Add(webhookEvent);
                await context.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same event delivered twice at once: the other delivery stored it.
            if (await FindEventAsync(webhookEvent.TenantId, webhookEvent.Provider, webhookEvent.EventId, cancellationToken) is not null)
            {
                return false;
            }

            throw;
        }
    }

    public async Task<WebhookEventRow?> FindEventAsync(string tenantId, string provider, string eventId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await EventQuery(context, tenantId, provider, eventId).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Marks the event handled (with the reason it could not be, if any); a second call changes nothing.</summary>
    public Task MarkProcessedAsync(string tenantId, string provider, string eventId, string? error, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => EventQuery(context, tenantId, provider, eventId).Where(e => e.ProcessedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ProcessedAt, time.GetUtcNow()).SetProperty(e => e.Error, error), cancellationToken), cancellationToken);

    /// <summary>The tenant's invoices, newest first, each with its payments.</summary>
    /// <exception cref="FormatException">The cursor is not one this store returned.</exception>
    public async Task<InvoicePage> ListAsync(string tenantId, InvoiceQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Invoices.AsNoTracking().Where(i => i.TenantId == tenantId);
        if (query.Status is { } status)
        {
            rows = rows.Where(i => i.Status == status);
        }

        if (query.Provider is { } provider)
        {
            rows = rows.Where(i => i.Provider == provider);
        }

        if (InvoiceCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(i => i.CreatedAt < afterAt || (i.CreatedAt == afterAt && string.Compare(i.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? InvoiceCursor.Format(page[limit - 1]) : null;
        return new InvoicePage(await WithPaymentsAsync(context, tenantId, page.Take(limit).ToList(), cancellationToken), next);
    }

    /// <summary>
    /// Across tenants, pending invoices worth asking their provider about: not looked at for <paramref name="every"/>
    /// (creation and each unchanged check count as a look, see <see cref="MarkCheckedAsync"/>), or past their due time
    /// and not looked at since.
    /// </summary>
    public async Task<IReadOnlyList<InvoiceRow>> FindPendingToCheckAsync(DateTimeOffset now, TimeSpan every, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var nowUtc = now.ToUniversalTime();
        var lookedBefore = nowUtc - every;
        return await context.Invoices.AsNoTracking()
            .Where(i => i.Status == PaymentStatuses.Pending && i.ExternalId != null
                        && (i.UpdatedAt <= lookedBefore || (i.DueAt != null && i.DueAt <= nowUtc && i.UpdatedAt < i.DueAt)))
            .OrderBy(i => i.UpdatedAt).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Notes that the provider still says pending, so the invoice is not asked about again for a while.</summary>
    public Task MarkCheckedAsync(string tenantId, string invoiceId, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.Invoices
            .Where(i => i.TenantId == tenantId && i.Id == invoiceId && i.Status == PaymentStatuses.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UpdatedAt, time.GetUtcNow()), cancellationToken), cancellationToken);

    /// <summary>Across tenants, settled invoices that an instance still waits on (a bookmark of <paramref name="bookmarkKind"/> keyed by the invoice id).</summary>
    public async Task<IReadOnlyList<InvoiceKey>> FindSettledAwaitedAsync(string bookmarkKind, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == bookmarkKind && b.Key != null)
            .Join(context.Invoices, b => new { b.TenantId, Id = b.Key! }, i => new { i.TenantId, i.Id }, (b, i) => i)
            .Where(i => i.Status != PaymentStatuses.Pending)
            .Select(i => new InvoiceKey(i.TenantId, i.Id)).Distinct().Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Across tenants, events stored before <paramref name="receivedBefore"/> and not processed (their bus message was lost).</summary>
    public async Task<IReadOnlyList<WebhookEventKey>> FindUnprocessedEventsAsync(DateTimeOffset receivedBefore, int max, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var before = receivedBefore.ToUniversalTime();
        return await context.WebhookEvents.AsNoTracking()
            .Where(e => e.ProcessedAt == null && e.ReceivedAt <= before)
            .OrderBy(e => e.ReceivedAt).Take(max)
            .Select(e => new WebhookEventKey(e.TenantId, e.Provider, e.EventId)).ToListAsync(cancellationToken);
    }

    private async Task<(bool Found, InvoiceTransition? Transition)> ApplyOnceAsync(
        StoreDbContext context, string tenantId, string invoiceId, PaymentUpdate update, CancellationToken cancellationToken)
    {
        var invoice = await context.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return (false, null);
        }

        var now = time.GetUtcNow();
        var previous = invoice.Status;
        var changed = PaymentStatuses.CanMove(previous, update.Status);
        if (changed)
        {
            var paidAt = update.Status == PaymentStatuses.Paid ? invoice.PaidAt ?? update.Payment?.PaidAt?.ToUniversalTime() ?? now : invoice.PaidAt;
            var moved = await context.Invoices
                .Where(i => i.TenantId == tenantId && i.Id == invoiceId && i.Status == previous)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, update.Status).SetProperty(i => i.PaidAt, paidAt).SetProperty(i => i.UpdatedAt, now), cancellationToken);
            if (moved == 0)
            {
                return (true, null); // another writer moved it since the read: read again
            }

            invoice.Status = update.Status;
            invoice.PaidAt = paidAt;
            invoice.UpdatedAt = now;
        }

        var payment = update.Payment is { } report ? await UpsertPaymentAsync(context, invoice, report, now, cancellationToken) : null;
        return (true, new InvoiceTransition(invoice, previous, changed, payment));
    }

    private static async Task<PaymentRow> UpsertPaymentAsync(StoreDbContext context, InvoiceRow invoice, PaymentReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await context.Payments.FirstOrDefaultAsync(
            p => p.TenantId == invoice.TenantId && p.Provider == invoice.Provider && p.ExternalId == report.ExternalId, cancellationToken);
        if (row is null)
        {
            row = new PaymentRow
            {
                TenantId = invoice.TenantId,
                Id = "pmt_" + Guid.CreateVersion7(now).ToString("N"),
                InvoiceId = invoice.Id,
                Provider = invoice.Provider,
                ExternalId = report.ExternalId,
                Status = report.Status,
                AmountCents = report.AmountCents,
                Currency = report.Currency,
                Method = report.Method,
                PaidAt = report.PaidAt?.ToUniversalTime(),
                CreatedAt = now,
                UpdatedAt = now,
            };
            context.Payments.Add(row);
        }
        else if (PaymentStatuses.CanMove(row.Status, report.Status))
        {
            row.Status = report.Status;
            row.AmountCents = report.AmountCents;
            row.Method = report.Method ?? row.Method;
            row.PaidAt ??= report.PaidAt?.ToUniversalTime();
            row.UpdatedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        return row;
    }

    private static async Task<IReadOnlyList<InvoiceWithPayments>> WithPaymentsAsync(
        StoreDbContext context, string tenantId, List<InvoiceRow> invoices, CancellationToken cancellationToken)
    {
        var ids = invoices.ConvertAll(i => i.Id);
        var payments = await context.Payments.AsNoTracking()
            .Where(p => p.TenantId == tenantId && ids.Contains(p.InvoiceId))
            .ToListAsync(cancellationToken);
        var byInvoice = payments.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToLookup(p => p.InvoiceId);
        return invoices.ConvertAll(i => new InvoiceWithPayments(i, byInvoice[i.Id].ToList()));
    }

    private static IQueryable<InvoiceRow> ByKey(StoreDbContext context, string tenantId, string idempotencyKey) =>
        context.Invoices.AsNoTracking().Where(i => i.TenantId == tenantId && i.IdempotencyKey == idempotencyKey);

    private static IQueryable<WebhookEventRow> EventQuery(StoreDbContext context, string tenantId, string provider, string eventId) =>
        context.WebhookEvents.Where(e => e.TenantId == tenantId && e.Provider == provider && e.EventId == eventId);
}
