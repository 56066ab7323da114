namespace WorkflowPlatform.Store.Rows;

/// <summary>
/// An ad copy written for a campaign: its angle, its A/B bucket and where it stands (<c>draft</c>, <c>approved</c>,
/// <c>winner</c>). <see cref="ExecutionId"/> is the activity execution that wrote it, so a re-run finds it.
/// </summary>
public sealed class CreativeRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }

    /// <summary>The creatives written together for one brief (the instance that wrote them, unless the flow names it).</summary>
    public required string BatchId { get; set; }
    public string? CampaignId { get; set; }
    public string? Headline { get; set; }
    public required string Copy { get; set; }
    public string? Angle { get; set; }
    public required string AbBucket { get; set; }
    public required string Status { get; set; }
    public required string ExecutionId { get; set; }
    public string? InstanceId { get; set; }
    public string? WorkflowId { get; set; }
    public string? Meta { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? WonAt { get; set; }
}

/// <summary>A deal won by a lead that came through a creative.</summary>
public sealed class CreativeDealRow
{
    public required string TenantId { get; set; }
    public required string CreativeId { get; set; }
    public required string DealId { get; set; }
    public string? LeadId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// One campaign's figures for one day as the ads provider last reported them (the latest read of the day replaces the
/// earlier ones). Money is in minor units of the ad account's currency.
/// </summary>
public sealed class AdMetricRow
{
    public required string TenantId { get; set; }
    public required string CampaignId { get; set; }

    /// <summary>The day the figures are for, <c>yyyy-MM-dd</c> in the ad account's time zone.</summary>
    public required string Date { get; set; }
    public required string AccountId { get; set; }
    public string? CampaignName { get; set; }
    public long Impressions { get; set; }
    public long Clicks { get; set; }
    public long SpendCents { get; set; }
    public long Conversions { get; set; }
    public long ConversionValueCents { get; set; }
    public string? Currency { get; set; }
    public long? DailyBudgetCents { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
}

/// <summary>A follow-up for a person of the team: call a detractor back, answer a lead who asked for a human.</summary>
public sealed class TaskRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Notes { get; set; }
    public string? LeadId { get; set; }
    public string? DealId { get; set; }
    public string? Assignee { get; set; }

    /// <summary><c>open</c> or <c>done</c>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? ExecutionId { get; set; }
    public string? InstanceId { get; set; }
    public string? WorkflowId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}

/// <summary>A notification that went out to the team, recorded by the execution that sent it so a re-run does not send it again.</summary>
public sealed class NotificationRow
{
    public required string TenantId { get; set; }
    public required string ExecutionId { get; set; }
    public required string Channel { get; set; }
    public required string Target { get; set; }
    public string? Subject { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
