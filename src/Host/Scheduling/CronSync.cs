using Quartz;
using WorkflowPlatform.Activities.Scheduling;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Scheduling;

/// <summary>
/// Keeps Quartz's cron jobs equal to the <c>Cron</c> triggers of published workflows: new or changed schedules
/// get a job and their next occurrence, unpublished ones lose theirs. Runs at start and every few seconds.
/// </summary>
internal sealed class CronSync(ISchedulerFactory schedulers, TriggerIndex triggers, TimeProvider time, ILogger<CronSync> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private IReadOnlyList<TriggerEntry>? synced;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var current = await triggers.GetAsync(stoppingToken);
                if (!ReferenceEquals(current, synced))
                {
                    await SyncAsync(await schedulers.GetScheduler(stoppingToken), current, stoppingToken);
                    synced = current;
                }

                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Synchronising cron schedules failed; retrying");
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
    }

    private async Task SyncAsync(IScheduler scheduler, IReadOnlyList<TriggerEntry> entries, CancellationToken cancellationToken)
    {
        var wanted = entries.Where(e => e.Type == "Cron").Select(CronJobData.From).OfType<CronJobData>().ToDictionary(j => j.Key);
        foreach (var existing in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CronJobData.Group), cancellationToken))
        {
            if (!wanted.ContainsKey(existing))
            {
                await scheduler.DeleteJob(existing, cancellationToken);
            }
        }

        foreach (var (key, job) in wanted)
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            if (detail is not null && CronJobData.From(detail.JobDataMap) == job && (await scheduler.GetTriggersOfJob(key, cancellationToken)).Count > 0)
            {
                continue;
            }

            if (!CronSchedule.TryParse(job.Expression, job.TimeZone, out var schedule, out var error) || schedule!.NextAfter(time.GetUtcNow()) is not { } next)
            {
                logger.LogError("Cron trigger of {Workflow} cannot be scheduled: {Error}", job.DefinitionId, error ?? "it has no future occurrence");
                continue;
            }

            await scheduler.AddJob(JobBuilder.Create<CronJob>().WithIdentity(key).UsingJobData(job.ToMap()).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
            await scheduler.UnscheduleJobs(await scheduler.GetTriggersOfJob(key, cancellationToken) is { } old ? old.Select(t => t.Key).ToList() : [], cancellationToken);
            await CronOccurrences.ScheduleAsync(scheduler, key, next, cancellationToken);
            logger.LogInformation("Scheduled cron trigger of {Workflow} v{Version} ({Expression}); next at {Next}", job.DefinitionId, job.Version, job.Expression, next);
        }
    }
}
