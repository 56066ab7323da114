using MassTransit;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Runtime;

/// <summary>Dispatches work as MassTransit messages: in memory by default, RabbitMQ when configured.</summary>
internal sealed class BusDispatcher(IBus bus) : IWorkDispatcher
{
    public Task DispatchAsync(RunInstance work, CancellationToken cancellationToken) => bus.Publish(work, cancellationToken);

    public Task DispatchAsync(StartChild work, CancellationToken cancellationToken) => bus.Publish(work, cancellationToken);

    public Task DispatchAsync(PlatformEvent work, CancellationToken cancellationToken) => bus.Publish(work, cancellationToken);
}
