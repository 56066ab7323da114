using MassTransit;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>Runs an instance's pending work on whichever node receives the message.</summary>
internal sealed class RunInstanceConsumer(WorkflowRuntime runtime) : IConsumer<RunInstance>
{
    public Task Consume(ConsumeContext<RunInstance> context) =>
        runtime.ProcessAsync(context.Message.TenantId, context.Message.InstanceId, context.CancellationToken);
}
