using System.Globalization;
using System.Text.Json.Nodes;
using Quartz;
using WorkflowPlatform.Activities.Scheduling;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Scheduling;

/// <summary>
/// One occurrence of a <c>Cron</c> trigger: schedules the next occurrence, then starts the workflow. Each
/// occurrence is a Quartz trigger named after its time, so two processes can never schedule it twice, and the
/// clustered store fires it on one of them.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CronJob(WorkflowRuntime runtime, TimeProvider time, ILogger<CronJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var job = CronJobData.From(context.MergedJobDataMap);
        var scheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (CronSchedule.TryParse(job.Expression, job.TimeZone, out var schedule, out _))
        {
            // Occurrences missed while no process ran are skipped: the next one is after now.
            var now = time.GetUtcNow();
            if (schedule!.NextAfter(scheduledAt > now ? scheduledAt : now) is { } next)
            {
                await CronOccurrences.ScheduleAsync(context.Scheduler, context.JobDetail.Key, next, cancellationToken);
            }
        }

        try
        {
            await runtime.StartAsync(new StartRequest
            {
                TenantId = job.TenantId,
                DefinitionId = job.DefinitionId,
                TriggerActivityId = job.ActivityId,
                Trigger = new JsonObject { ["scheduledAt"] = scheduledAt.ToString("O", CultureInfo.InvariantCulture), ["firedAt"] = context.FireTimeUtc.ToString("O", CultureInfo.InvariantCulture) },
            }, cancellationToken);
        }
        catch (WorkflowRunException exception)
        {
            logger.LogWarning("Cron occurrence of {Workflow} at {ScheduledAt} did not start: {Reason}", job.DefinitionId, scheduledAt, exception.Message);
        }
    }
}
