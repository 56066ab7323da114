using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

/// <summary>
/// Sends an agent's message to a lead: stores it as an outbound message of the conversation (once per execution, like
/// <c>AppendMessage</c>) and, through the tenant's <c>http</c> connection when one is named, POSTs it to the service that
/// delivers it on the channel, with the execution id as <c>Idempotency-Key</c>. A failed delivery fails the attempt; a
/// retry finds the stored message and delivers it again under the same key.
/// </summary>
[Activity("SendMessage", Category = "CRM", DisplayName = "Send message", Description = "Stores an outbound message to a lead and delivers it through an http connection.", Icon = "send-horizontal", HasSideEffects = true)]
public sealed class SendMessage(ICrm crm, IHttpConnections connections, IHttpClientFactory httpClients) : Activity<SendMessage.Input, SendMessage.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "The text the lead receives.")] string Body,
        [Input(Description = "The thread to send on; or give leadId and channel.")] string? ThreadId = null,
        string? LeadId = null,
        [Input(Options = [CrmVocabulary.WhatsApp, CrmVocabulary.Instagram, CrmVocabulary.Email, CrmVocabulary.Chat])] string? Channel = null,
        [Input(Description = "The conversation's id on the channel (a WhatsApp chat, an e-mail thread).")] string? ExternalId = null,
        [Input(Description = "Who writes: the agent's name.")] string? Sender = null,
        JsonObject? Meta = null,
        [Input(Description = "The tenant's http connection that delivers the message; without one (or empty) it is only stored.")] string? Connection = null);

    /// <param name="Delivered">True when the connection's service took the message (2xx); false without a connection.</param>
    /// <param name="StatusCode">The delivery's HTTP status; null without a connection.</param>
    public sealed record Output(string ThreadId, long MessageId, string LeadId, bool Delivered, int? StatusCode);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
            ("body", CrmInputs.Text(node, "body") is { } body && string.IsNullOrWhiteSpace(body) ? "SendMessage needs a body: the text the lead receives." : null))
        .Concat(Conversations.Problems(node, "SendMessage"));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            return ActivityResult.Fail("SendMessage 'body' must not be empty: it is the text the lead receives.");
        }

        var tenantId = context.Workflow.TenantId;
        HttpConnection? connection = null;
        // Empty is no connection: a template's optional channel field left blank only stores the message.
        if (input.Connection is { } name && !string.IsNullOrWhiteSpace(name))
        {
            var (resolved, problem) = await connections.ResolveAsync(tenantId, name, cancellationToken);
            if (resolved is null)
            {
                return ActivityResult.Fail($"SendMessage 'connection': {problem}");
            }

            connection = resolved;
        }

        try
        {
            var (thread, missing) = await Conversations.FindOrCreateAsync(crm, tenantId, input.ThreadId, input.LeadId, input.Channel, input.ExternalId, "SendMessage", cancellationToken);
            if (thread is null)
            {
                return ActivityResult.Fail(missing!);
            }

            var message = await crm.AppendMessageAsync(tenantId, thread.Id, new NewMessage(CrmVocabulary.Outbound, input.Sender, input.Body, input.Meta, context.ExecutionId), cancellationToken);
            if (connection is null)
            {
                return Complete(Done, new Output(message.ThreadId, message.Id, thread.LeadId, Delivered: false, StatusCode: null));
            }

            var body = new JsonObject
            {
                ["messageId"] = message.Id,
                ["threadId"] = message.ThreadId,
                ["leadId"] = thread.LeadId,
                ["channel"] = thread.Channel,
                ["externalId"] = thread.ExternalId,
                ["text"] = message.Body,
                ["sender"] = message.Sender,
            };
            var delivery = await JsonPost.SendAsync(httpClients, connection.BaseUrl, body, context.ExecutionId, connection.BearerToken, cancellationToken);
            var output = new Output(message.ThreadId, message.Id, thread.LeadId, delivery.Succeeded, delivery.StatusCode);
            return delivery.Succeeded
                ? Complete(Done, output)
                : ActivityResult.Fail($"SendMessage: message {message.Id} is stored, and its delivery through connection '{connection.Name}' failed: {delivery.Error}",
                    outputs: JsonSerializer.SerializeToNode(output, DefinitionJson.Options) as JsonObject);
        }
        catch (CrmException exception)
        {
            return ActivityResult.Fail($"SendMessage: {exception.Message}");
        }
    }
}
