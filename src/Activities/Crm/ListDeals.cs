using System.Text.Json;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Lists deals for a campaign, each with its lead: by stage, won or not, won in a window (given by its times or as
/// "the day that ended N days ago", from the platform's clock), and not surveyed yet. Newest first.
/// </summary>
[Activity("ListDeals", Category = "CRM", DisplayName = "List deals", Description = "Finds deals (won in a window, not surveyed yet, by stage) with their leads.", Icon = "list-filter")]
public sealed class ListDeals(ICrm crm) : Activity<ListDeals.Input, ListDeals.Output>, IValidatesInputs
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>About a hundred years: further back the window would leave the calendar.</summary>
    public const int MaxDaysAgo = 36_500;

    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Options = [CrmVocabulary.OpenDeal, CrmVocabulary.Proposal, CrmVocabulary.Negotiation, CrmVocabulary.WonDeal, CrmVocabulary.Lost])] string? Stage = null,
        [Input(Description = "true: won deals only; false: deals not won.")] bool? Won = null,
        [Input(Type = "string", Description = "Won at or after this ISO-8601 date-time.")] DateTimeOffset? WonFrom = null,
        [Input(Type = "string", Description = "Won before this ISO-8601 date-time.")] DateTimeOffset? WonTo = null,
        [Input(Description = "N: won in the day that ended N days ago, [now − (N+1) days, now − N days); 0 is the last 24 hours.")] int? WonDaysAgo = null,
        [Input(Description = "Only deals that no NPS survey names.")] bool WithoutSurvey = false,
        [Input(Description = "At most this many deals, 1 to 1000.")] int Limit = DefaultLimit);

    public sealed record Output(IReadOnlyList<ListedDeal> Deals, int Count);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node)
    {
        var kinds = CrmInputs.Problems(
            ("stage", CrmVocabulary.KnownDealStageProblem(CrmInputs.Text(node, "stage"))),
            ("won", CrmInputs.KindProblem(node, "won", JsonValueKind.True)),
            ("withoutSurvey", CrmInputs.KindProblem(node, "withoutSurvey", JsonValueKind.True)),
            ("wonDaysAgo", CrmInputs.KindProblem(node, "wonDaysAgo", JsonValueKind.Number)),
            ("limit", CrmInputs.KindProblem(node, "limit", JsonValueKind.Number)),
            ("wonFrom", CrmInputs.DateProblem(node, "wonFrom")),
            ("wonTo", CrmInputs.DateProblem(node, "wonTo"))).ToList();
        var window = new Window(
            CrmInputs.Flag(node, "won"), CrmInputs.Has(node, "wonFrom"), CrmInputs.Has(node, "wonTo"), CrmInputs.Has(node, "wonDaysAgo"),
            CrmInputs.Date(node, "wonFrom"), CrmInputs.Date(node, "wonTo"), CrmInputs.Number(node, "wonDaysAgo"), CrmInputs.Number(node, "limit"));
        return kinds.Concat(window.Problems().Where(p => kinds.All(k => k.Input != p.Input)));
    }

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var window = new Window(input.Won, input.WonFrom is not null, input.WonTo is not null, input.WonDaysAgo is not null,
            input.WonFrom, input.WonTo, input.WonDaysAgo, input.Limit);
        if ((CrmVocabulary.KnownDealStageProblem(input.Stage) ?? window.Problems().Select(p => p.Message).FirstOrDefault()) is { } problem)
        {
            return ActivityResult.Fail($"ListDeals: {problem}");
        }

        var (from, to) = (input.WonFrom, input.WonTo);
        if (input.WonDaysAgo is { } days)
        {
            var now = context.Time.GetUtcNow();
            (from, to) = (now - TimeSpan.FromDays(days + 1), now - TimeSpan.FromDays(days));
        }

        var filter = new DealFilter(input.Stage, input.Won, from, to, input.WithoutSurvey, input.Limit);
        var deals = await crm.ListDealsAsync(context.Workflow.TenantId, filter, cancellationToken);
        return Complete(Done, new Output(deals, deals.Count));
    }

    /// <summary>The checks of the won window and the limit, the same at save time (literals) and at run time.</summary>
    private sealed record Window(bool? Won, bool HasFrom, bool HasTo, bool HasDaysAgo, DateTimeOffset? From, DateTimeOffset? To, long? DaysAgo, long? Limit)
    {
        public IEnumerable<(string Input, string Message)> Problems() => CrmInputs.Problems(
            ("limit", Limit is < 1 or > MaxLimit ? $"limit: {Limit} is out of range; ListDeals gives 1 to {MaxLimit} deals." : null),
            ("wonDaysAgo", DaysAgo is < 0 or > MaxDaysAgo ? $"wonDaysAgo: {DaysAgo} is not a number of days from 0 (the last 24 hours) to {MaxDaysAgo}." : null),
            ("wonDaysAgo", HasDaysAgo && (HasFrom || HasTo) ? "wonDaysAgo: give the won window either as wonDaysAgo or as wonFrom and wonTo, not both." : null),
            ("wonTo", From is { } from && To is { } to && to <= from ? $"wonTo: {to:O} is not after wonFrom {from:O}; the window is [wonFrom, wonTo)." : null),
            ("won", Won == false && (HasFrom || HasTo || HasDaysAgo) ? "won: false selects deals not won, and a won window (wonFrom, wonTo, wonDaysAgo) selects won deals; drop one." : null));
    }
}
