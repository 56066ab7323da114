using WorkflowPlatform.Activities.Control;
using WorkflowPlatform.Activities.Events;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Scheduling;
using WorkflowPlatform.Activities.Workflows;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities;

/// <summary>Registers the core activities of the format spec.</summary>
public static class CoreActivities
{
    public static IWorkflowBuilder AddCoreActivities(this IWorkflowBuilder builder) => builder
        .AddControlActivities()
        .AddEventActivities()
        .AddHttpActivities()
        .AddWorkflowActivities()
        .AddActivity<Cron>();

    public static IWorkflowBuilder AddControlActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<If>()
        .AddActivity<Switch>()
        .AddActivity<SetVariable>()
        .AddActivity<SetOutput>()
        .AddActivity<Log>()
        .AddActivity<Fail>()
        .AddActivity<Delay>();

    public static IWorkflowBuilder AddEventActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<WaitForEvent>()
        .AddActivity<PublishEvent>()
        .AddActivity<EventTrigger>();

    public static IWorkflowBuilder AddWorkflowActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<RunWorkflow>();
}
