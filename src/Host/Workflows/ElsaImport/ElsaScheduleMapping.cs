using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Scheduling;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Delay, Timer, Cron and StartAt. A Timer that starts the workflow becomes a <c>Cron</c> trigger with the cron
/// expression whose period is the interval, or the nearest one when no cron expression has that period (reported);
/// reached mid-flow, Elsa's Timer waits one interval, which is our <c>Delay</c>.
/// </summary>
internal sealed class ElsaScheduleMapping(ElsaExpressions expressions, ImportReport report)
{
    private static readonly int[] ClockDivisors = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];
    private static readonly int[] DayDivisors = [1, 2, 3, 4, 6, 8, 12];

    public ElsaMapping Delay(ElsaNode node) =>
        Duration(node, "timeSpan", out var duration, out var problem)
            ? new MapsTo("Delay", new JsonObject { ["duration"] = Durations.Format(duration) }, ElsaMapping.SamePorts("Done"))
            : new NotMapped(problem);

    public ElsaMapping Timer(ElsaNode node)
    {
        if (!Duration(node, "interval", out var interval, out var problem))
        {
            return new NotMapped(problem);
        }

        if (!node.StartsWorkflow)
        {
            return new MapsTo("Delay", new JsonObject { ["duration"] = Durations.Format(interval) }, ElsaMapping.SamePorts("Done"));
        }

        if (interval < TimeSpan.FromSeconds(1))
        {
            return new NotMapped($"Its interval ({interval}) is under a second; our Cron fires at most once a second.");
        }

        var (expression, period) = CronFor(interval);
        var exactness = period == interval
            ? $"it fires every {Describe(period)}"
            : $"no cron expression fires every {Describe(interval)}, so it fires every {Describe(period)}, the nearest";
        report.Warn($"{node.Path}.interval", $"Timer every {Describe(interval)} is imported as Cron '{expression}': {exactness}, on the clock (UTC) rather than counted from when the workflow was published.");
        return new MapsTo("Cron", new JsonObject { ["expression"] = expression }, ElsaMapping.SamePorts("Done"));
    }

    public ElsaMapping Cron(ElsaNode node)
    {
        var expression = expressions.LiteralText(node, "cronExpression", out var isExpression);
        if (expression is null)
        {
            return new NotMapped(isExpression ? "Its cron expression is an expression; our Cron trigger needs a literal." : "It has no cron expression.");
        }

        if (!node.StartsWorkflow)
        {
            return new NotMapped("Reached mid-flow, it waits for the next cron occurrence; we have no activity that does (Delay waits for a duration or until a date-time).");
        }

        return CronSchedule.TryParse(expression, null, out _, out var error)
            ? new MapsTo("Cron", new JsonObject { ["expression"] = expression }, ElsaMapping.SamePorts("Done"))
            : new NotMapped($"Its cron expression is not one we can run: {error}");
    }

    public ElsaMapping StartAt(ElsaNode node)
    {
        if (node.StartsWorkflow)
        {
            return new NotMapped("It starts the workflow once at a date-time; we have no one-time trigger (a Cron trigger repeats).");
        }

        var until = expressions.Read(node, "dateTime");
        return until is null
            ? new NotMapped("It has no date-time.")
            : new MapsTo("Delay", new JsonObject { ["until"] = until }, ElsaMapping.SamePorts("Done"));
    }

    /// <summary>The six-field (seconds first) cron expression whose period is <paramref name="interval"/>, or the nearest.</summary>
    public static (string Expression, TimeSpan Period) CronFor(TimeSpan interval)
    {
        var seconds = (long)Math.Round(interval.TotalSeconds);
        if (seconds < 60)
        {
            var every = Nearest(ClockDivisors, seconds);
            return (every == 1 ? "* * * * * *" : $"*/{every} * * * * *", TimeSpan.FromSeconds(every));
        }

        if (seconds < 3600)
        {
            var every = Nearest(ClockDivisors, (long)Math.Round(seconds / 60.0));
            return (every == 1 ? "0 * * * * *" : $"0 */{every} * * * *", TimeSpan.FromMinutes(every));
        }

        if (seconds < 86400)
        {
            var every = Nearest(DayDivisors, (long)Math.Round(seconds / 3600.0));
            return (every == 1 ? "0 0 * * * *" : $"0 0 */{every} * * *", TimeSpan.FromHours(every));
        }

        var days = (long)Math.Round(seconds / 86400.0);
        return days switch
        {
            1 => ("0 0 0 * * *", TimeSpan.FromDays(1)),
            7 => ("0 0 0 * * 0", TimeSpan.FromDays(7)),
            // Day-of-month steps restart each month, so only a daily or weekly schedule keeps a fixed period.
            < 4 => ("0 0 0 * * *", TimeSpan.FromDays(1)),
            _ => ("0 0 0 * * 0", TimeSpan.FromDays(7)),
        };
    }

    private static int Nearest(int[] divisors, long value) =>
        divisors.OrderBy(d => Math.Abs(d - value)).ThenByDescending(d => d).First();

    private static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => Plural(span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => Plural(span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => Plural(span.TotalMinutes, "minute"),
        _ => Plural(span.TotalSeconds, "second"),
    };

    private static string Plural(double count, string unit) =>
        count == 1 ? unit : $"{count.ToString("0.###", CultureInfo.InvariantCulture)} {unit}s";

    private bool Duration(ElsaNode node, string input, out TimeSpan duration, out string problem)
    {
        var text = expressions.LiteralText(node, input, out var isExpression);
        problem = isExpression
            ? $"Its {input} is an expression; ours needs a literal ISO-8601 duration."
            : $"Its {input} ('{text}') is not a duration such as 00:00:05.";
        return ElsaExpressions.TryDuration(text, out duration);
    }
}
