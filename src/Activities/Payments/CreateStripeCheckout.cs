using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Payments;

/// <summary>
/// Creates a Stripe Checkout Session for one product and stores its invoice. Re-running the same execution (a retry,
/// or after a crash) finds the stored invoice, or gets the same session back from Stripe's idempotency replay: the
/// payer is never charged twice.
/// </summary>
[Activity("CreateStripeCheckout", Category = "Payments", DisplayName = "Create Stripe checkout",
    Description = "Creates a Stripe Checkout Session (one line item) and an invoice; outputs the payment URL.", Icon = "credit-card", HasSideEffects = true)]
public sealed class CreateStripeCheckout(IStripeCheckout checkout) : Activity<CreateStripeCheckout.Input, CreateStripeCheckout.Output>
{
    public static readonly Port Done = Port.Done;

    /// <summary>The provider refused the charge (or was unreachable) after the retries: an agent can hand off instead of faulting.</summary>
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "Unit price in the currency's minor unit (cents).")] long AmountCents,
        [Input(Description = "ISO 4217 code, such as brl or usd.")] string Currency,
        string ProductName,
        [Input(Description = "Where Stripe sends the payer after paying; may contain {CHECKOUT_SESSION_ID}.")] string SuccessUrl,
        [Input(Description = "Where Stripe sends the payer who gives up.")] string CancelUrl,
        string? Description = null,
        int Quantity = 1,
        string? CustomerEmail = null,
        string? LeadId = null,
        string? DealId = null,
        [Input(Description = "A stripe connection of the tenant (PUT /api/connections/{name}).")] string Connection = "default");

    public sealed record Output(string InvoiceId, string Url, string SessionId);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (Problem(input) is { } problem)
        {
            return ActivityResult.Fail(problem);
        }

        try
        {
            var session = await checkout.CreateAsync(new StripeCheckoutRequest
            {
                TenantId = context.Workflow.TenantId,
                InstanceId = context.Workflow.InstanceId,
                ExecutionId = context.ExecutionId,
                Connection = input.Connection,
                AmountCents = input.AmountCents,
                Currency = input.Currency.ToLowerInvariant(),
                ProductName = input.ProductName,
                Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description,
                Quantity = input.Quantity,
                SuccessUrl = input.SuccessUrl,
                CancelUrl = input.CancelUrl,
                CustomerEmail = string.IsNullOrWhiteSpace(input.CustomerEmail) ? null : input.CustomerEmail,
                LeadId = input.LeadId,
                DealId = input.DealId,
            }, cancellationToken);
            return Complete(Port.Done, new Output(session.InvoiceId, session.Url, session.SessionId));
        }
        catch (PaymentProviderException exception)
        {
            return ActivityResult.Fail(exception.Message);
        }
    }

    private static string? Problem(Input input)
    {
        if (input.AmountCents < 1)
        {
            return $"CreateStripeCheckout 'amountCents' must be at least 1 (minor units); got {input.AmountCents}.";
        }

        if (input.Quantity is < 1 or > 999_999)
        {
            return $"CreateStripeCheckout 'quantity' must be between 1 and 999999; got {input.Quantity}.";
        }

        if (input.Currency.Length != 3 || !input.Currency.All(char.IsAsciiLetter))
        {
            return $"CreateStripeCheckout 'currency' must be a three-letter ISO code such as brl; got '{input.Currency}'.";
        }

        if (string.IsNullOrWhiteSpace(input.ProductName))
        {
            return "CreateStripeCheckout 'productName' must not be empty.";
        }

        foreach (var (name, url) in new[] { ("successUrl", input.SuccessUrl), ("cancelUrl", input.CancelUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                return $"CreateStripeCheckout '{name}' must be an absolute http(s) URL; got '{url}'.";
            }
        }

        return null;
    }
}
