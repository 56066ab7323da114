using MassTransit;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>Starts the workflows that react to a platform event, on whichever node receives it.</summary>
internal sealed class PlatformEventConsumer(PlatformEvents events) : IConsumer<PlatformEvent>
{
    public Task Consume(ConsumeContext<PlatformEvent> context) => events.HandleAsync(context.Message, context.CancellationToken);
}
