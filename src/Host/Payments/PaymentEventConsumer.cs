using MassTransit;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Payments;

/// <summary>Processes a stored webhook event on whichever node receives the message.</summary>
internal sealed class PaymentEventConsumer(PaymentEvents events) : IConsumer<PaymentEventReceived>
{
    public Task Consume(ConsumeContext<PaymentEventReceived> context) =>
        events.ProcessAsync(new WebhookEventKey(context.Message.TenantId, context.Message.Provider, context.Message.EventId), context.CancellationToken);
}
