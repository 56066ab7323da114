using Microsoft.Extensions.DependencyInjection;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>What each activity family's <c>Add&lt;Family&gt;Activities</c> extension registers into.</summary>
public interface IWorkflowBuilder
{
    IServiceCollection Services { get; }

    IWorkflowBuilder AddActivity<T>() where T : class, IActivity;
}
