using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Tasks;

public static class TaskActivities
{
    /// <summary>The follow-up tasks' activities. The host provides <see cref="ITeamTasks"/> over its store (and <c>ICrm</c> for leads and deals).</summary>
    public static IWorkflowBuilder AddTaskActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<CreateTask>();
}
