using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>Answers counted by category over a period; <see cref="Score"/> is null without answers.</summary>
public sealed record NpsFigures(int Promoters, int Passives, int Detractors)
{
    public int Responses => Promoters + Passives + Detractors;

    /// <summary>% promoters − % detractors, from −100 to 100, rounded to one decimal.</summary>
    public double? Score => Responses == 0 ? null : Math.Round((Promoters - Detractors) * 100.0 / Responses, 1, MidpointRounding.AwayFromZero);
}

/// <summary>NPS surveys: created per activity execution, found by their token, answered once, counted per period.</summary>
public sealed class NpsStore(StoreDb db, TimeProvider time)
{
    /// <summary>Stores the survey unless one with its token exists; returns the stored survey (the earlier one on a re-run).</summary>
    public async Task<NpsSurveyRow> CreateAsync(NpsSurveyRow survey, CancellationToken cancellationToken)
    {
        try
        {
            return await db.WriteAsync(survey.TenantId, async context =>
            {
                if (await context.NpsSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Token == survey.Token && s.TenantId == survey.TenantId, cancellationToken) is { } existing)
                {
                    return existing;
                }

                survey.CreatedAt = time.GetUtcNow();
                context.NpsSurveys.Add(survey);
                await context.SaveChangesAsync(cancellationToken);
                return survey;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Created by a concurrent attempt of the same execution in the meantime: that one is the survey.
            return await FindAsync(survey.TenantId, survey.Token, cancellationToken)
                ?? throw new InvalidOperationException("An NPS survey with this token belongs to another tenant.");
        }
    }

    /// <summary>
    /// The survey of one execution for a deal that is surveyed once: the execution's own survey when it made one (a
    /// re-run), else the deal's first survey made by another execution (<c>Existing</c> true, nothing created), else
    /// the new one. Two executions surveying the same deal at once agree on one survey: on PostgreSQL a transaction
    /// lock per deal orders them, on SQLite writes are serialised.
    /// </summary>
    public Task<(NpsSurveyRow Survey, bool Existing)> CreateOncePerDealAsync(NpsSurveyRow survey, CancellationToken cancellationToken)
    {
        var dealId = survey.DealId ?? throw new ArgumentException("A survey made once per deal names its deal.", nameof(survey));
        return db.WriteAsync<(NpsSurveyRow, bool)>(survey.TenantId, async context =>
        {
            if (db.Provider == StoreProvider.Postgres)
            {
                await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", [$"nps-deal:{survey.TenantId}:{dealId}"], cancellationToken);
            }

            var surveys = context.NpsSurveys.AsNoTracking().Where(s => s.TenantId == survey.TenantId);
            if (await surveys.FirstOrDefaultAsync(s => s.Token == survey.Token, cancellationToken) is { } own)
            {
                return (own, false);
            }

            if (await surveys.Where(s => s.DealId == dealId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Token).FirstOrDefaultAsync(cancellationToken) is { } first)
            {
                return (first, true);
            }

            survey.CreatedAt = time.GetUtcNow();
            context.NpsSurveys.Add(survey);
            await context.SaveChangesAsync(cancellationToken);
            return (survey, false);
        }, cancellationToken);
    }

    /// <summary>The survey with this token in any tenant: the public page learns its tenant from it (platform scope).</summary>
    public async Task<NpsSurveyRow?> FindAsync(string token, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.NpsSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token, cancellationToken);
    }

    public async Task<NpsSurveyRow?> FindAsync(string tenantId, string token, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.NpsSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token && s.TenantId == tenantId, cancellationToken);
    }

    /// <summary>Records where the survey's e-mail went, once it went, so a re-run of the execution does not send it again.</summary>
    public Task MarkSentAsync(string tenantId, string token, string email, CancellationToken cancellationToken) =>
        db.WriteAsync(tenantId, context => context.NpsSurveys
            .Where(s => s.Token == token && s.TenantId == tenantId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Email, email), cancellationToken), cancellationToken);

    /// <summary>
    /// Records the answer in one conditional UPDATE (not answered yet, not expired), so of two concurrent answers
    /// exactly one wins. True when this call answered the survey.
    /// </summary>
    public async Task<bool> AnswerAsync(string tenantId, string token, int score, string? comment, string category, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = await db.WriteAsync(tenantId, context => context.NpsSurveys
            .Where(s => s.Token == token && s.TenantId == tenantId && s.AnsweredAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Score, score)
                .SetProperty(s => s.Comment, comment)
                .SetProperty(s => s.Category, category)
                .SetProperty(s => s.AnsweredAt, now), cancellationToken), cancellationToken);
        return updated == 1;
    }

    /// <summary>The tenant's answers given in [<paramref name="from"/>, <paramref name="to"/>), of one workflow's surveys or of all.</summary>
    public async Task<NpsFigures> FiguresAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, string? workflowId, CancellationToken cancellationToken)
    {
        var counts = await CountAsync(tenantId, from, to, workflowId, cancellationToken);
        return Sum(counts);
    }

    /// <summary>The same figures per workflow (surveys sent outside a workflow have none), most answered first.</summary>
    public async Task<IReadOnlyList<(string? WorkflowId, NpsFigures Figures)>> FiguresByWorkflowAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var counts = await CountAsync(tenantId, from, to, null, cancellationToken);
        return counts.GroupBy(c => c.WorkflowId)
            .Select(g => (g.Key, Sum(g)))
            .OrderByDescending(w => w.Item2.Responses).ThenBy(w => w.Key, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<List<CategoryCount>> CountAsync(string tenantId, DateTimeOffset from, DateTimeOffset to, string? workflowId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var answers = context.NpsSurveys.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.AnsweredAt != null && s.AnsweredAt >= fromUtc && s.AnsweredAt < toUtc);
        if (workflowId is not null)
        {
            answers = answers.Where(s => s.WorkflowId == workflowId);
        }

        return await answers.GroupBy(s => new { s.WorkflowId, s.Category })
            .Select(g => new CategoryCount(g.Key.WorkflowId, g.Key.Category, g.Count()))
            .ToListAsync(cancellationToken);
    }

    private static NpsFigures Sum(IEnumerable<CategoryCount> counts)
    {
        var list = counts.ToList();
        int Of(string category) => list.Where(c => c.Category == category).Sum(c => c.Count);
        return new NpsFigures(Of("promoter"), Of("passive"), Of("detractor"));
    }

    private sealed record CategoryCount(string? WorkflowId, string? Category, int Count);
}
