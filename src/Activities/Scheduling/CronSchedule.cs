using Cronos;

namespace WorkflowPlatform.Activities.Scheduling;

/// <summary>
/// A cron expression (five fields, or six with seconds first) in a time zone, parsed with Cronos: the one place
/// that knows the syntax, used to validate definitions and to compute occurrences.
/// </summary>
public sealed record CronSchedule(CronExpression Expression, TimeZoneInfo TimeZone)
{
    public static bool TryParse(string? expression, string? timeZone, out CronSchedule? schedule, out string? error)
    {
        schedule = null;
        error = null;
        var fields = expression?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        if (fields is not (5 or 6))
        {
            error = $"A cron expression has five fields (minute hour day month weekday) or six with seconds first; got '{expression}'.";
            return false;
        }

        CronExpression parsed;
        try
        {
            parsed = CronExpression.Parse(expression!, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException exception)
        {
            error = $"'{expression}' is not a valid cron expression: {exception.Message}";
            return false;
        }

        TimeZoneInfo zone;
        try
        {
            zone = string.IsNullOrEmpty(timeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            error = $"Unknown time zone '{timeZone}'; use an IANA name such as America/Sao_Paulo.";
            return false;
        }

        schedule = new CronSchedule(parsed, zone);
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null if there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => Expression.GetNextOccurrence(after, TimeZone, inclusive: false);
}
