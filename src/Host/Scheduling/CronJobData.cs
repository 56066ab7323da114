using Quartz;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Scheduling;

/// <summary>What a cron job carries: whose trigger it is and its schedule (the version tells a re-published schedule apart).</summary>
internal sealed record CronJobData(string TenantId, string DefinitionId, int Version, string ActivityId, string Expression, string? TimeZone)
{
    public const string Group = "cron";

    public JobKey Key => new($"{TenantId}/{DefinitionId}/{ActivityId}", Group);

    public static CronJobData? From(TriggerEntry entry) =>
        entry.LiteralString("expression") is { } expression
            ? new CronJobData(entry.TenantId, entry.DefinitionId, entry.Version, entry.Activity.Id, expression, entry.LiteralString("timeZone"))
            : null;

    public static CronJobData From(JobDataMap map) => new(
        map.GetString("tenantId")!, map.GetString("definitionId")!, map.GetInt("version"), map.GetString("activityId")!, map.GetString("expression")!, map.GetString("timeZone") is { Length: > 0 } zone ? zone : null);

    public JobDataMap ToMap() => new()
    {
        ["tenantId"] = TenantId,
        ["definitionId"] = DefinitionId,
        ["version"] = Version,
        ["activityId"] = ActivityId,
        ["expression"] = Expression,
        ["timeZone"] = TimeZone ?? "",
    };
}
