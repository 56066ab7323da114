using Quartz;

namespace WorkflowPlatform.Host.Scheduling;

/// <summary>Schedules one occurrence of a cron job under a trigger key made of the job and the occurrence time.</summary>
internal static class CronOccurrences
{
    public static async Task ScheduleAsync(IScheduler scheduler, JobKey job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"{job.Name}@{at.UtcTicks}", CronJobData.Group)
            .ForJob(job)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        try
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another process scheduled this very occurrence first.
        }
    }
}
