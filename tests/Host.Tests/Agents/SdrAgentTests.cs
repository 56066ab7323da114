using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Tests.Payments;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>Luddy (<c>workflows/sdr-luddy.json</c>) as a lead meets it: questions answered from the knowledge base, a purchase paid through Asaas or Stripe.</summary>
public sealed class SdrAgentTests
{
    /// <summary>A WhatsApp message of Ana's, in her one chat (the channel's conversation id).</summary>
    private static object Message(string text) => new
    {
        message = text, name = "Ana Souza", email = "ana@example.com", channel = "whatsapp", cpfCnpj = "123.456.789-09", externalId = "wa-chat-ana",
    };

    [Fact]
    public async Task Asaas_QuestionAnsweredWithItsSourceThenPixPaidByWebhook_WinsTheDealSchedulesTheSurveyAndKeepsTheThreadInOrder()
    {
        await using var world = await AgentWorld.StartAsync();
        await world.Host.PublishAsync(StripeFlows.Listener("on-won", "deal.won"));

        var answer = await world.SendToLuddyAsync(Message("How much does Acme Pro cost?"));
        Assert.Equal("question", Text(answer, "intent"));
        Assert.Contains(AgentWorld.PricingFact, Text(answer, "reply"), StringComparison.Ordinal);
        Assert.Contains("[1]", Text(answer, "reply"), StringComparison.Ordinal);
        Assert.Equal(AgentWorld.PricingSource, Assert.Single(answer["sources"]!.AsArray())!.GetValue<string>());
        Assert.Contains($"Sources: {AgentWorld.PricingSource}", Text(answer, "reply"), StringComparison.Ordinal);
        var (leadId, threadId) = (Text(answer, "leadId"), Text(answer, "threadId"));

        var offer = await world.SendToLuddyAsync(Message("Great, I want to buy it. How do I pay?"));
        Assert.Equal(("buy", leadId, threadId), (Text(offer, "intent"), Text(offer, "leadId"), Text(offer, "threadId")));
        var paymentId = Assert.Single(world.Asaas.PaymentIds);
        var payment = world.Asaas.Payment(paymentId);
        Assert.Equal(("PIX", 499.00m), (Text(payment, "billingType"), payment["value"]!.GetValue<decimal>()));
        Assert.Equal(Text(payment, "invoiceUrl"), Text(offer, "paymentUrl"));
        Assert.StartsWith("000201", Text(offer, "pixPayload"), StringComparison.Ordinal);
        Assert.Contains($"To get Acme Pro (annual plan) for BRL 499.00, pay here: {Text(offer, "paymentUrl")}", Text(offer, "reply"), StringComparison.Ordinal);

        var waiting = await world.SingleInstanceAsync("sdr-luddy", "Suspended");
        Assert.Equal("firstwait", waiting["bookmarks"]!.AsArray().Single()!["activityId"]!.GetValue<string>());
        world.Asaas.MarkReceived(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(world.Host, world.Asaas.Webhook(paymentId, "PAYMENT_RECEIVED"))).StatusCode);

        // Paid: the deal is won and announced, and the survey waits seven days on a durable timer.
        var won = await StripeFlows.SingleListenerRunAsync(world.Host, "on-won");
        Assert.Equal((Text(offer, "dealId"), "won"), (Text(won["output"]!["payment"]!["deal"]!, "id"), Text(won["output"]!["payment"]!["deal"]!, "stage")));
        var surveyLater = await Polling.UntilAsync(() => world.Host.GetInstanceAsync(waiting["id"]!.GetValue<string>()),
            i => i["bookmarks"]!.AsArray().Any(b => Text(b!, "activityId") == "npslater"), 20, "the NPS delay");
        var fireAt = surveyLater["bookmarks"]!.AsArray().Single()!["fireAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(fireAt - DateTimeOffset.UtcNow, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(7));
        var lead = await world.LeadAsync(leadId);
        Assert.Equal("customer", Text(lead, "stage"));
        Assert.Equal("won", Text(lead["deals"]!.AsArray().Single()!, "stage"));

        var thread = await world.ThreadAsync(threadId);
        Assert.Equal(["inbound", "outbound", "inbound", "outbound", "outbound"], thread.Select(m => Text(m!, "direction")));
        Assert.Equal(["Ana Souza", "Luddy", "Ana Souza", "Luddy", "Luddy"], thread.Select(m => Text(m!, "sender")));
        Assert.Equal("How much does Acme Pro cost?", Text(thread[0]!, "body"));
        Assert.Equal(Text(answer, "reply"), Text(thread[1]!, "body"));
        Assert.Equal(Text(offer, "reply"), Text(thread[3]!, "body"));
        Assert.StartsWith("Thank you for your purchase of Acme Pro (annual plan)!", Text(thread[4]!, "body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stripe_TheTenantsCopyPaysThroughCheckoutAndTheSignedSessionCompletedWebhook_WinsTheDeal()
    {
        await using var world = await AgentWorld.StartAsync();
        var created = await world.Api.PostAsJsonAsync("/api/workflows/sdr-luddy/instantiate", new { values = new { paymentProvider = "stripe" }, id = "luddy-stripe" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        const string route = "/workflows/default/luddy-stripe/sdr/inbound";

        var offer = await world.SendToLuddyAsync(Message("I want to buy Acme Pro, send me the payment link"), route);
        Assert.Equal("buy", Text(offer, "intent"));
        Assert.StartsWith(world.Stripe.Url + "/c/pay/cs_test_", Text(offer, "paymentUrl"), StringComparison.Ordinal);
        Assert.Empty(world.Asaas.PaymentIds);
        var sent = Assert.Single(world.Stripe.Creates);
        Assert.Equal(("49900", "brl", "ana@example.com"), (sent.Form["line_items[0][price_data][unit_amount]"], sent.Form["line_items[0][price_data][currency]"], sent.Form["customer_email"]));
        Assert.Equal(Text(offer, "dealId"), sent.Form["metadata[dealId]"]);

        var paid = world.Stripe.MarkPaid(Assert.Single(world.Stripe.SessionIds));
        Assert.Equal(HttpStatusCode.OK, (await StripeFlows.DeliverAsync(world.Host, world.Stripe.Event("checkout.session.completed", paid))).StatusCode);

        var instance = await world.SingleInstanceAsync("luddy-stripe", "Suspended");
        await Polling.UntilAsync(() => world.Host.GetInstanceAsync(instance["id"]!.GetValue<string>()),
            i => i["bookmarks"]!.AsArray().Any(b => Text(b!, "activityId") == "npslater"), 20, "the NPS delay after the payment");
        var lead = await world.LeadAsync(Text(offer, "leadId"));
        Assert.Equal(("customer", "won"), (Text(lead, "stage"), Text(lead["deals"]!.AsArray().Single()!, "stage")));
        var thread = await world.ThreadAsync(Text(offer, "threadId"));
        Assert.Equal(["inbound", "outbound", "outbound"], thread.Select(m => Text(m!, "direction")));
        Assert.StartsWith("Thank you for your purchase", Text(thread[2]!, "body"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unpaid_RemindedAfterTheDelayThenExpired_GetsAFollowUpUnlessItsNurtureIsPaused(bool nurturePaused)
    {
        await using var world = await AgentWorld.StartAsync();
        var created = await world.Api.PostAsJsonAsync("/api/workflows/sdr-luddy/instantiate", new { values = new { reminderAfter = "PT1S" }, id = "luddy-quick" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var offer = await world.SendToLuddyAsync(Message("I want to buy it, how do I pay?"), "/workflows/default/luddy-quick/sdr/inbound");
        var threadId = Text(offer, "threadId");
        var reminded = await Polling.UntilAsync(() => world.ThreadAsync(threadId), t => t.Count == 3, 20, "the reminder");
        Assert.Equal($"A reminder from Luddy: your Acme Pro (annual plan) is waiting for you. Pay here: {Text(offer, "paymentUrl")}", Text(reminded[2]!, "body"));
        if (nurturePaused)
        {
            var paused = await world.Api.PatchAsJsonAsync($"/api/leads/{Text(offer, "leadId")}", new { meta = new { nurture = "paused" } });
            Assert.True(paused.IsSuccessStatusCode, await paused.Content.ReadAsStringAsync());
        }

        var paymentId = Assert.Single(world.Asaas.PaymentIds);
        world.Asaas.MarkOverdue(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await AsaasFlows.DeliverAsync(world.Host, world.Asaas.Webhook(paymentId, "PAYMENT_OVERDUE"))).StatusCode);

        await world.SingleInstanceAsync("luddy-quick", "Finished");
        var thread = await world.ThreadAsync(threadId);
        if (nurturePaused)
        {
            Assert.Equal(3, thread.Count);
        }
        else
        {
            Assert.Equal(4, thread.Count);
            Assert.StartsWith("Your payment link for Acme Pro (annual plan) has expired.", Text(thread[3]!, "body"), StringComparison.Ordinal);
        }

        Assert.Equal("open", Text((await world.LeadAsync(Text(offer, "leadId")))["deals"]!.AsArray().Single()!, "stage"));
    }

    [Fact]
    public async Task Human_AskingForAPerson_HandsOffNotifiesTheTeamAndLuddyStopsAnswering()
    {
        await using var world = await AgentWorld.StartAsync();

        var handoff = await world.SendToLuddyAsync(Message("Can I talk to a person, please?"));
        Assert.Equal("human", Text(handoff, "intent"));
        Assert.True(handoff["handedOff"]!.GetValue<bool>());
        var mail = await world.Smtp.NextAsync();
        Assert.Equal("team@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Luddy: Ana Souza needs a person", mail.Subject);
        var task = (await world.Api.GetFromJsonAsync<JsonObject>("/api/tasks"))!["items"]!.AsArray().Single()!;
        Assert.Equal(("Talk to Ana Souza", Text(handoff, "leadId")), (Text(task, "title"), Text(task, "leadId")));

        var asked = world.Llm.Requests.Count;
        var later = await world.SendToLuddyAsync(Message("Hello? Anyone there?"));
        Assert.True(later["handedOff"]!.GetValue<bool>());
        Assert.Equal(asked, world.Llm.Requests.Count);
        var thread = await world.ThreadAsync(Text(handoff, "threadId"));
        Assert.Equal(["inbound", "outbound", "inbound"], thread.Select(m => Text(m!, "direction")));
    }

    [Fact]
    public async Task RefusedCharge_AsaasWithoutTheLeadsCpf_HandsOffToAPersonSayingWhy()
    {
        await using var world = await AgentWorld.StartAsync();

        var reply = await world.SendToLuddyAsync(new { message = "I want to buy it now", name = "Bia", email = "bia@example.com", channel = "chat" });

        Assert.True(reply["handedOff"]!.GetValue<bool>());
        Assert.Empty(world.Asaas.PaymentIds);
        var mail = await world.Smtp.NextAsync();
        Assert.Contains("The charge failed: CreateAsaasCharge:", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("The CPF/CNPJ informed is invalid.", mail.TextBody, StringComparison.Ordinal);
        var lead = await world.LeadAsync(Text(reply, "leadId"));
        Assert.Equal("the charge could not be created", Text(lead["meta"]!, "handoffReason"));
    }

    [Fact]
    public async Task BadInput_AMessageWithoutTextOrContact_Gets400NamingItAndStoresNoLead()
    {
        await using var world = await AgentWorld.StartAsync();
        using var channel = world.Host.CreateClient();

        var noText = await channel.PostAsJsonAsync("/workflows/sdr/inbound", new { email = "ana@example.com" });
        var noContact = await channel.PostAsJsonAsync("/workflows/sdr/inbound", new { message = "hi" });
        var badChannel = await channel.PostAsJsonAsync("/workflows/sdr/inbound", new { message = "hi", email = "ana@example.com", channel = "fax" });

        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        Assert.Contains("message is required", await noText.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noContact.StatusCode);
        Assert.Contains("email or phone is required", await noContact.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.Contains("got fax", await badChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await world.Api.GetFromJsonAsync<JsonObject>("/api/leads"))!["items"]!.AsArray());
    }
}
