using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Tests.Payments;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The checkout API (<c>workflows/checkout.json</c>): a system starts a checkout for a lead and an amount, gets the link, and the webhook settles it.</summary>
public sealed class CheckoutAgentTests
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> StartAsync(AgentWorld world, object request)
    {
        var response = await world.Api.PostAsJsonAsync("/workflows/checkout", request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task Stripe_ALinkForANewLeadThenTheSignedWebhook_PublishesPaymentSucceededAndWinsTheDeal()
    {
        await using var world = await AgentWorld.StartAsync();
        await world.Host.PublishAsync(StripeFlows.Listener("on-paid", "payment.succeeded"));

        var (status, checkout) = await StartAsync(world, new { email = "leo@example.com", name = "Leo", amountCents = 12990, provider = "stripe", description = "Consulting hour" });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("stripe", "Pending"), (Text(checkout, "provider"), Text(checkout, "status")));
        Assert.StartsWith(world.Stripe.Url + "/c/pay/cs_test_", Text(checkout, "url"), StringComparison.Ordinal);
        var sent = Assert.Single(world.Stripe.Creates);
        Assert.Equal(("12990", "brl", "Consulting hour"), (sent.Form["line_items[0][price_data][unit_amount]"], sent.Form["line_items[0][price_data][currency]"],
            sent.Form["line_items[0][price_data][product_data][name]"]));

        var paid = world.Stripe.MarkPaid(Assert.Single(world.Stripe.SessionIds));
        Assert.Equal(HttpStatusCode.OK, (await StripeFlows.DeliverAsync(world.Host, world.Stripe.Event("checkout.session.completed", paid))).StatusCode);

        var announced = (await StripeFlows.SingleListenerRunAsync(world.Host, "on-paid"))["output"]!["payment"]!;
        Assert.Equal((Text(checkout, "invoiceId"), Text(checkout, "dealId"), 12990L), (Text(announced, "invoiceId"), Text(announced, "dealId"), announced["amountCents"]!.GetValue<long>()));
        var instance = await world.SingleInstanceAsync("checkout", "Finished");
        Assert.Equal("Paid", Text(instance["output"]!, "status"));
        var lead = await world.LeadAsync(Text(checkout, "leadId"));
        Assert.Equal(("Leo", "won"), (Text(lead, "name"), Text(lead["deals"]!.AsArray().Single()!, "stage")));
    }

    [Fact]
    public async Task BadInput_WrongAmountUnknownLeadOrARefusedCharge_GetsA4xxNamingTheProblem()
    {
        await using var world = await AgentWorld.StartAsync();

        var (noAmount, noAmountBody) = await StartAsync(world, new { email = "leo@example.com", amountCents = "ten" });
        Assert.Equal(HttpStatusCode.BadRequest, noAmount);
        Assert.Contains("amountCents must be a whole number of cents, at least 1; got \"ten\".", Text(noAmountBody, "detail"), StringComparison.Ordinal);
        var (nobody, nobodyBody) = await StartAsync(world, new { amountCents = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, nobody);
        Assert.Contains("leadId (or the email or phone of the lead) is required.", Text(nobodyBody, "detail"), StringComparison.Ordinal);
        var (unknown, unknownBody) = await StartAsync(world, new { leadId = "no-such-lead", amountCents = 100 });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Contains("There is no lead no-such-lead", Text(unknownBody, "detail"), StringComparison.Ordinal);

        // Asaas needs a CPF or CNPJ to create a payer: without one the caller hears why, and no charge exists.
        var (refused, refusedBody) = await StartAsync(world, new { email = "leo@example.com", name = "Leo", amountCents = 100 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("The payment provider refused the charge", Text(refusedBody, "detail"), StringComparison.Ordinal);
        Assert.Contains("The CPF/CNPJ informed is invalid.", Text(refusedBody, "detail"), StringComparison.Ordinal);
        Assert.Empty(world.Asaas.PaymentIds);
    }
}
