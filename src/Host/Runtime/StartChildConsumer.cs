using MassTransit;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>Starts the child of a <c>RunWorkflow</c> bookmark.</summary>
internal sealed class StartChildConsumer(ChildWorkflows children) : IConsumer<StartChild>
{
    public Task Consume(ConsumeContext<StartChild> context) => children.StartChildAsync(context.Message, context.CancellationToken);
}
