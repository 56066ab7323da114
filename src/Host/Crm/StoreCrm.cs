using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Crm;

/// <summary>The CRM activities' <see cref="ICrm"/> over the store; it checks what it is given, as the API does through it.</summary>
internal sealed class StoreCrm(CrmStore store, DealSearchStore deals) : ICrm
{
    public async Task<(CrmLead Lead, bool Created)> UpsertLeadAsync(string tenantId, LeadFields lead, CancellationToken cancellationToken)
    {
        Check(LeadProblem(lead));
        var changes = new LeadChanges
        {
            Name = lead.Name, Email = lead.Email, Phone = lead.Phone, Source = lead.Source, Score = lead.Score, Stage = lead.Stage, Meta = lead.Meta,
        };
        var result = await store.UpsertLeadAsync(tenantId, changes, cancellationToken);
        return (CrmViews.Lead(result.Lead), result.Created);
    }

    public async Task<CrmLead?> GetLeadAsync(string tenantId, string leadId, CancellationToken cancellationToken) =>
        await store.GetLeadAsync(tenantId, leadId, cancellationToken) is { } row ? CrmViews.Lead(row) : null;

    public async Task<CrmLead?> FindLeadAsync(string tenantId, string? email, string? phone, CancellationToken cancellationToken) =>
        await store.FindLeadAsync(tenantId, email, phone, cancellationToken) is { } row ? CrmViews.Lead(row) : null;

    public async Task<CrmLead?> UpdateLeadAsync(string tenantId, string leadId, string? stage, int? score, JsonObject? meta, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.LeadStageProblem(stage) ?? CrmVocabulary.ScoreProblem(score));
        return await store.UpdateLeadAsync(tenantId, leadId, stage, score, meta, cancellationToken) is { } row ? CrmViews.Lead(row) : null;
    }

    public async Task<CrmThread?> GetThreadAsync(string tenantId, string threadId, CancellationToken cancellationToken) =>
        await store.GetThreadAsync(tenantId, threadId, cancellationToken) is { } row ? CrmViews.Thread(row) : null;

    public async Task<CrmThread?> FindThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.ChannelProblem(channel));
        return await store.FindThreadAsync(tenantId, leadId, channel, Clean(externalId), cancellationToken) is { } row ? CrmViews.Thread(row) : null;
    }

    public async Task<CrmThread> FindOrCreateThreadAsync(string tenantId, string leadId, string channel, string? externalId, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.ChannelProblem(channel));
        var thread = await store.FindOrCreateThreadAsync(tenantId, leadId, channel, Clean(externalId), cancellationToken);
        Check(thread.LeadId == leadId ? null : $"externalId: the {channel} conversation '{externalId}' belongs to lead '{thread.LeadId}', not to lead '{leadId}'.");
        return CrmViews.Thread(thread);
    }

    public async Task<CrmMessage> AppendMessageAsync(string tenantId, string threadId, NewMessage message, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.DirectionProblem(message.Direction));
        var row = new MessageRow
        {
            TenantId = tenantId, ThreadId = threadId, Direction = message.Direction, Sender = message.Sender, Body = message.Body, Meta = message.Meta?.ToJsonString(),
            ExecutionId = message.ExecutionId,
        };
        return CrmViews.Message(await store.AppendMessageAsync(row, cancellationToken));
    }

    public async Task<IReadOnlyList<CrmMessage>> LastMessagesAsync(string tenantId, string threadId, int count, CancellationToken cancellationToken) =>
        (await store.LastMessagesAsync(tenantId, threadId, count, cancellationToken)).Select(CrmViews.Message).ToList();

    public async Task<CrmDeal> CreateDealAsync(string tenantId, NewDeal deal, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.ValueProblem(deal.ValueCents) ?? CrmVocabulary.CurrencyProblem(deal.Currency) ?? CrmVocabulary.DealStageProblem(deal.Stage));
        var row = new DealRow
        {
            TenantId = tenantId, Id = deal.Id, LeadId = deal.LeadId, Title = deal.Title, ValueCents = deal.ValueCents,
            Currency = deal.Currency.ToUpperInvariant(), Stage = deal.Stage,
        };
        return CrmViews.Deal(await store.CreateDealAsync(row, cancellationToken));
    }

    public async Task<CrmDeal?> GetDealAsync(string tenantId, string dealId, CancellationToken cancellationToken) =>
        await store.GetDealAsync(tenantId, dealId, cancellationToken) is { } row ? CrmViews.Deal(row) : null;

    public async Task<IReadOnlyList<ListedDeal>> ListDealsAsync(string tenantId, DealFilter filter, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.KnownDealStageProblem(filter.Stage)
              ?? (filter.Limit is < 1 or > DealSearchStore.MaxLimit ? $"limit: {filter.Limit} is out of range; use 1 to {DealSearchStore.MaxLimit}." : null));
        var search = new DealSearch
        {
            Stage = filter.Stage, Won = filter.Won, WonFrom = filter.WonFrom, WonTo = filter.WonTo, WithoutSurvey = filter.WithoutSurvey, Limit = filter.Limit,
        };
        return (await deals.SearchAsync(tenantId, search, cancellationToken)).Select(CrmViews.ListedDeal).ToList();
    }

    public async Task<CrmDeal?> MoveDealStageAsync(string tenantId, string dealId, string stage, CancellationToken cancellationToken)
    {
        Check(CrmVocabulary.DealStageProblem(stage));
        return await store.MoveDealStageAsync(tenantId, dealId, stage, cancellationToken) is { } row ? CrmViews.Deal(row) : null;
    }

    public async Task<(CrmDeal Deal, bool Won)?> MarkDealWonAsync(string tenantId, string dealId, string winner, CancellationToken cancellationToken) =>
        await store.MarkDealWonAsync(tenantId, dealId, winner, cancellationToken) is { } win ? (CrmViews.Deal(win.Deal), win.Won) : null;

    /// <summary>What is wrong with a lead upsert (naming the field), or null.</summary>
    public static string? LeadProblem(LeadFields lead)
    {
        var email = ContactKeys.Email(lead.Email);
        if (email is not null && !ContactKeys.IsEmail(email))
        {
            return $"email: '{lead.Email}' is not an e-mail address.";
        }

        var phone = ContactKeys.Phone(lead.Phone);
        if (!string.IsNullOrWhiteSpace(lead.Phone) && (phone is null || !ContactKeys.IsPhone(phone)))
        {
            return $"phone: '{lead.Phone}' is not a phone number; give its 8 to 15 digits with the country code, such as +55 11 98765-4321.";
        }

        return email is null && phone is null
            ? "email or phone is required: they identify the lead."
            : CrmVocabulary.LeadStageProblem(lead.Stage) ?? CrmVocabulary.ScoreProblem(lead.Score);
    }

    private static void Check(string? problem)
    {
        if (problem is not null)
        {
            throw new CrmException(problem);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
