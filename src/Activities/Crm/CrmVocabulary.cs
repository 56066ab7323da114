namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// The CRM's fixed words (channels, directions, stages) and the checks on its values, shared by the activities (at
/// save and at run time), the host's store adapter and the API, so they all refuse the same input with the same words.
/// Each check answers null when the value is fine, or a message that names the field.
/// </summary>
public static class CrmVocabulary
{
    public const string WhatsApp = "whatsapp";
    public const string Instagram = "instagram";
    public const string Email = "email";
    public const string Chat = "chat";

    public const string Inbound = "inbound";
    public const string Outbound = "outbound";

    public const string NewLead = "new";
    public const string Contacted = "contacted";
    public const string Qualified = "qualified";
    public const string Customer = "customer";

    public const string OpenDeal = "open";
    public const string Proposal = "proposal";
    public const string Negotiation = "negotiation";
    public const string WonDeal = "won";

    /// <summary>A lead or a deal that will not buy.</summary>
    public const string Lost = "lost";

    public const int MaxScore = 100;
    public const string DefaultCurrency = "BRL";

    public static readonly IReadOnlyList<string> Channels = [WhatsApp, Instagram, Email, Chat];
    public static readonly IReadOnlyList<string> Directions = [Inbound, Outbound];

    /// <summary>A lead's way through the funnel; the SDR agents move it.</summary>
    public static readonly IReadOnlyList<string> LeadStages = [NewLead, Contacted, Qualified, Customer, Lost];

    /// <summary>A deal's pipeline; <c>won</c> is reached only by marking the deal won, which also sets its won time.</summary>
    public static readonly IReadOnlyList<string> DealStages = [OpenDeal, Proposal, Negotiation, WonDeal, Lost];

    public static string? ChannelProblem(string? channel, string field = "channel") =>
        OneOf(channel, Channels, field, "channel");

    public static string? DirectionProblem(string? direction, string field = "direction") =>
        OneOf(direction, Directions, field, "direction");

    public static string? LeadStageProblem(string? stage, string field = "stage") =>
        OneOf(stage, LeadStages, field, "lead stage");

    /// <summary>A stage a deal may be created in or moved to: any but <c>won</c>.</summary>
    public static string? DealStageProblem(string? stage, string field = "stage") =>
        stage == WonDeal
            ? $"{field}: a deal becomes won only through MarkDealWon, which sets its won time and publishes deal.won."
            : KnownDealStageProblem(stage, field);

    /// <summary>Any stage of the pipeline, <c>won</c> included (to filter by).</summary>
    public static string? KnownDealStageProblem(string? stage, string field = "stage") =>
        OneOf(stage, DealStages, field, "deal stage");

    public static string? ScoreProblem(long? score, string field = "score") =>
        score is < 0 or > MaxScore ? $"{field}: {score} is not a score; use 0 to {MaxScore}." : null;

    public static string? ValueProblem(long? valueCents, string field = "valueCents") =>
        valueCents < 0 ? $"{field}: {valueCents} is negative; a deal's value is 0 or more cents." : null;

    /// <summary>An ISO 4217 code: three letters (any case; kept upper-case).</summary>
    public static string? CurrencyProblem(string? currency, string field = "currency") =>
        currency is null || (currency.Length == 3 && currency.All(char.IsAsciiLetter))
            ? null
            : $"{field}: '{currency}' is not a currency; use a three-letter ISO 4217 code such as BRL or USD.";

    private static string? OneOf(string? value, IReadOnlyList<string> allowed, string field, string what) =>
        value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"{field}: '{value}' is not a known {what}; use one of {string.Join(", ", allowed)}.";
}
