using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>
/// The built-in CRM: leads (one per e-mail or phone within a tenant, see <see cref="ContactKeys"/>), their conversation
/// threads and messages, and deals. The unique indexes settle races: a write that loses one (two upserts of the same
/// new lead, two first messages of a thread) runs again and finds the winner's row.
/// </summary>
public sealed class CrmStore(StoreDb db, TimeProvider time)
{
    public const string NewLeadStage = "new";
    public const string OpenDealStage = "open";
    public const string WonDealStage = "won";

    /// <summary>The key in a won deal's meta naming who won it (an activity execution), so only that one announces it.</summary>
    public const string WonByKey = "wonBy";

    private const int Attempts = 5;

    /// <summary>
    /// Finds the lead by e-mail, else by phone (so an e-mail match wins when they point at two leads), and updates it
    /// with the given fields; or creates it. An existing lead's e-mail and phone are filled in when missing, never
    /// replaced: they identify it, and the other value may be another lead's.
    /// </summary>
    /// <exception cref="ArgumentException">Neither an e-mail nor a phone was given.</exception>
    public Task<LeadUpsert> UpsertLeadAsync(string tenantId, LeadChanges changes, CancellationToken cancellationToken)
    {
        var email = ContactKeys.Email(changes.Email);
        var phone = ContactKeys.Phone(changes.Phone);
        if (email is null && phone is null)
        {
            throw new ArgumentException("A lead needs an e-mail or a phone to be upserted.", nameof(changes));
        }

        return RetryOnConflictAsync(() => db.WriteAsync(tenantId, async context =>
        {
            var lead = email is null ? null : await context.Leads.FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Email == email, cancellationToken);
            lead ??= phone is null ? null : await context.Leads.FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Phone == phone, cancellationToken);
            var now = time.GetUtcNow();
            var created = lead is null;
            if (lead is null)
            {
                lead = new LeadRow { TenantId = tenantId, Id = NewId(), Email = email, Phone = phone, Stage = NewLeadStage, CreatedAt = now };
                context.Leads.Add(lead);
            }
            else
            {
                lead.Email ??= email; // found by phone: no lead has this e-mail, or the search by e-mail would have found it
                if (lead.Phone is null && phone is not null && !await context.Leads.AnyAsync(l => l.TenantId == tenantId && l.Phone == phone, cancellationToken))
                {
                    lead.Phone = phone;
                }
            }

            lead.Name = Clean(changes.Name) ?? lead.Name;
            lead.Source = Clean(changes.Source) ?? lead.Source;
            lead.Score = changes.Score ?? lead.Score;
            lead.Stage = changes.Stage ?? lead.Stage;
            lead.Meta = MergeMeta(lead.Meta, changes.Meta);
            lead.UpdatedAt = now;
            await context.SaveChangesAsync(cancellationToken);
            return new LeadUpsert(lead, created);
        }, cancellationToken));
    }

    public async Task<LeadRow?> GetLeadAsync(string tenantId, string leadId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Id == leadId, cancellationToken);
    }

    /// <summary>The lead with this e-mail, else the one with this phone (both normalised as upserts store them).</summary>
    public async Task<LeadRow?> FindLeadAsync(string tenantId, string? email, string? phone, CancellationToken cancellationToken)
    {
        var (byEmail, byPhone) = (ContactKeys.Email(email), ContactKeys.Phone(phone));
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var lead = byEmail is null ? null : await context.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Email == byEmail, cancellationToken);
        return lead ?? (byPhone is null ? null : await context.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Phone == byPhone, cancellationToken));
    }

    /// <exception cref="FormatException">The cursor is not one this store made.</exception>
    [SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL: lower() on both providers, which have no StringComparison.")]
    public async Task<CrmPage<LeadRow>> ListLeadsAsync(string tenantId, LeadQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Leads.AsNoTracking().Where(l => l.TenantId == tenantId);
        if (query.Stage is { } stage)
        {
            rows = rows.Where(l => l.Stage == stage);
        }

        if (query.Source is { } source)
        {
            rows = rows.Where(l => l.Source == source);
        }

        if (Clean(query.Search)?.ToLowerInvariant() is { } term)
        {
            var digits = ContactKeys.LooksLikePhone(term) ? ContactKeys.Phone(term) : null;
            rows = digits is null
                ? rows.Where(l => (l.Name != null && l.Name.ToLower().Contains(term)) || (l.Email != null && l.Email.Contains(term)))
                : rows.Where(l => (l.Name != null && l.Name.ToLower().Contains(term)) || (l.Email != null && l.Email.Contains(term)) || (l.Phone != null && l.Phone.Contains(digits)));
        }

        if (KeysetCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(l => l.CreatedAt < afterAt || (l.CreatedAt == afterAt && string.Compare(l.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new CrmPage<LeadRow>(page.Take(limit).ToList(), page.Count > limit ? KeysetCursor.Format(page[limit - 1].CreatedAt, page[limit - 1].Id) : null);
    }

    /// <summary>Sets the given stage and score and merges the meta; null when the lead does not exist.</summary>
    public Task<LeadRow?> UpdateLeadAsync(string tenantId, string leadId, string? stage, int? score, JsonObject? meta, CancellationToken cancellationToken) =>
        db.WriteAsync<LeadRow?>(tenantId, async context =>
        {
            var lead = await context.Leads.FirstOrDefaultAsync(l => l.TenantId == tenantId && l.Id == leadId, cancellationToken);
            if (lead is null)
            {
                return null;
            }

            lead.Stage = stage ?? lead.Stage;
            lead.Score = score ?? lead.Score;
            lead.Meta = MergeMeta(lead.Meta, meta);
            lead.UpdatedAt = time.GetUtcNow();
            await context.SaveChangesAsync(cancellationToken);
            return lead;
        }, cancellationToken);

    /// <summary>
    /// The thread known on the channel by <paramref name="externalId"/> (whichever lead it belongs to: the caller
    /// checks), or without one the lead's latest thread on the channel; created when there is none.
    /// </summary>
    public Task<ThreadRow> FindOrCreateThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken) =>
        RetryOnConflictAsync(() => db.WriteAsync(tenantId, async context =>
        {
            var thread = await FindThreadAsync(context, tenantId, leadId, channel, externalId, cancellationToken);
            if (thread is null)
            {
                var now = time.GetUtcNow();
                thread = new ThreadRow { TenantId = tenantId, Id = NewId(), LeadId = leadId, Channel = channel, ExternalId = externalId, CreatedAt = now, UpdatedAt = now };
                context.Threads.Add(thread);
                await context.SaveChangesAsync(cancellationToken);
            }

            return thread;
        }, cancellationToken));

    /// <summary>Like <see cref="FindOrCreateThreadAsync"/> without creating: null when there is no such thread.</summary>
    public async Task<ThreadRow?> FindThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await FindThreadAsync(context, tenantId, leadId, channel, externalId, cancellationToken);
    }

    public async Task<ThreadRow?> GetThreadAsync(string tenantId, string threadId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.TenantId == tenantId && t.Id == threadId, cancellationToken);
    }

    /// <summary>The lead's threads, oldest first.</summary>
    public async Task<IReadOnlyList<ThreadRow>> ListThreadsAsync(string tenantId, string leadId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Threads.AsNoTracking().Where(t => t.TenantId == tenantId && t.LeadId == leadId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Adds the message at the end of its thread (its id gives the order) and touches the thread. A message with an
    /// execution id is added once: a re-run of that execution (a retry, a restart, even a concurrent attempt, whose
    /// insert the unique index refuses) gets the stored message back instead of adding a second one.
    /// </summary>
    public Task<MessageRow> AppendMessageAsync(MessageRow message, CancellationToken cancellationToken) =>
        RetryOnConflictAsync(() => db.WriteAsync(message.TenantId, async context =>
        {
            if (message.ExecutionId is { } executionId && await context.Messages.AsNoTracking()
                    .FirstOrDefaultAsync(m => m.TenantId == message.TenantId && m.ExecutionId == executionId, cancellationToken) is { } stored)
            {
                return stored;
            }

            var now = time.GetUtcNow();
            var row = new MessageRow
            {
                TenantId = message.TenantId, ThreadId = message.ThreadId, Direction = message.Direction, Sender = message.Sender, Body = message.Body,
                Meta = message.Meta, ExecutionId = message.ExecutionId, CreatedAt = now,
            };
            context.Messages.Add(row);
            await context.SaveChangesAsync(cancellationToken);
            await context.Threads.Where(t => t.TenantId == message.TenantId && t.Id == message.ThreadId)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.UpdatedAt, now), cancellationToken);
            return row;
        }, cancellationToken));

    /// <summary>The thread's last <paramref name="count"/> messages, oldest first.</summary>
    public async Task<IReadOnlyList<MessageRow>> LastMessagesAsync(string tenantId, string threadId, int count, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var last = await context.Messages.AsNoTracking().Where(m => m.TenantId == tenantId && m.ThreadId == threadId)
            .OrderByDescending(m => m.Id).Take(count).ToListAsync(cancellationToken);
        last.Reverse();
        return last;
    }

    /// <summary>The thread's messages oldest first, a page at a time.</summary>
    /// <exception cref="FormatException">The cursor is not one this store made.</exception>
    public async Task<CrmPage<MessageRow>> ListMessagesAsync(string tenantId, string threadId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Messages.AsNoTracking().Where(m => m.TenantId == tenantId && m.ThreadId == threadId);
        if (KeysetCursor.TryParse(cursor, out long afterId))
        {
            rows = rows.Where(m => m.Id > afterId);
        }

        limit = Math.Clamp(limit, 1, 500);
        var page = await rows.OrderBy(m => m.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new CrmPage<MessageRow>(page.Take(limit).ToList(), page.Count > limit ? KeysetCursor.Format(page[limit - 1].Id) : null);
    }

    /// <summary>Adds the deal; when a deal with its id exists already (a re-run of the step that made it), returns that one.</summary>
    public Task<DealRow> CreateDealAsync(DealRow deal, CancellationToken cancellationToken) =>
        RetryOnConflictAsync(() => db.WriteAsync(deal.TenantId, async context =>
        {
            if (await context.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == deal.TenantId && d.Id == deal.Id, cancellationToken) is { } existing)
            {
                return existing;
            }

            deal.CreatedAt = deal.UpdatedAt = time.GetUtcNow();
            context.Deals.Add(deal);
            await context.SaveChangesAsync(cancellationToken);
            return deal;
        }, cancellationToken));

    public async Task<DealRow?> GetDealAsync(string tenantId, string dealId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == dealId, cancellationToken);
    }

    /// <exception cref="FormatException">The cursor is not one this store made.</exception>
    public async Task<CrmPage<DealRow>> ListDealsAsync(string tenantId, DealQuery query, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = context.Deals.AsNoTracking().Where(d => d.TenantId == tenantId);
        if (query.Stage is { } stage)
        {
            rows = rows.Where(d => d.Stage == stage);
        }

        if (query.LeadId is { } leadId)
        {
            rows = rows.Where(d => d.LeadId == leadId);
        }

        if (query.Won is { } won)
        {
            rows = won ? rows.Where(d => d.WonAt != null) : rows.Where(d => d.WonAt == null);
        }

        if (KeysetCursor.TryParse(query.Cursor, out var afterAt, out var afterId))
        {
            rows = rows.Where(d => d.CreatedAt < afterAt || (d.CreatedAt == afterAt && string.Compare(d.Id, afterId) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, 500);
        var page = await rows.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new CrmPage<DealRow>(page.Take(limit).ToList(), page.Count > limit ? KeysetCursor.Format(page[limit - 1].CreatedAt, page[limit - 1].Id) : null);
    }

    /// <summary>Moves a deal that is not won to the stage; returns the deal as it is after (unchanged when won), or null when unknown.</summary>
    public Task<DealRow?> MoveDealStageAsync(string tenantId, string dealId, string stage, CancellationToken cancellationToken) =>
        db.WriteAsync<DealRow?>(tenantId, async context =>
        {
            var now = time.GetUtcNow();
            await context.Deals.Where(d => d.TenantId == tenantId && d.Id == dealId && d.WonAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Stage, stage).SetProperty(d => d.UpdatedAt, now), cancellationToken);
            return await context.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == dealId, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Sets the deal's stage to won and its won time, once: of several callers (even concurrent ones) exactly one wins.
    /// <paramref name="winner"/> (an activity execution id) is recorded, so that a retry of the winning execution is told
    /// it won too and can still announce the win it may not have announced. Null when the deal does not exist.
    /// </summary>
    public Task<DealWin?> MarkDealWonAsync(string tenantId, string dealId, string winner, CancellationToken cancellationToken) =>
        db.WriteAsync<DealWin?>(tenantId, async context =>
        {
            var deal = await context.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == dealId, cancellationToken);
            if (deal is { WonAt: null })
            {
                DateTimeOffset? now = time.GetUtcNow();
                var meta = MergeMeta(deal.Meta, new JsonObject { [WonByKey] = winner });
                await context.Deals.Where(d => d.TenantId == tenantId && d.Id == dealId && d.WonAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.WonAt, now).SetProperty(d => d.Stage, WonDealStage)
                        .SetProperty(d => d.UpdatedAt, now.Value).SetProperty(d => d.Meta, meta), cancellationToken);
                deal = await context.Deals.AsNoTracking().FirstAsync(d => d.TenantId == tenantId && d.Id == dealId, cancellationToken);
            }

            return deal is null ? null : new DealWin(deal, WonBy(deal.Meta) == winner);
        }, cancellationToken);

    /// <summary>Who won the deal, from its meta (null for a deal not won through <see cref="MarkDealWonAsync"/>).</summary>
    public static string? WonBy(string? meta) =>
        meta is not null && JsonNode.Parse(meta) is JsonObject values && values[WonByKey] is JsonValue value && value.TryGetValue<string>(out var winner) ? winner : null;

    private static Task<ThreadRow?> FindThreadAsync(StoreDbContext context, string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken) =>
        externalId is null
            ? context.Threads.AsNoTracking().Where(t => t.TenantId == tenantId && t.LeadId == leadId && t.Channel == channel)
                .OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken)
            : context.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.TenantId == tenantId && t.Channel == channel && t.ExternalId == externalId, cancellationToken);

    private static async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException exception) when (attempt < Attempts && IsUniqueViolation(exception))
            {
                // A concurrent write inserted the same key first; the next attempt finds its row.
            }
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 };

    private static string? MergeMeta(string? meta, JsonObject? changes)
    {
        if (changes is null)
        {
            return meta;
        }

        var merged = meta is not null && JsonNode.Parse(meta) is JsonObject existing ? existing : [];
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value.DeepClone();
            }
        }

        return merged.ToJsonString();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
