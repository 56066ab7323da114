using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Payments;

/// <summary>
/// Creates an Asaas charge (PIX, boleto or credit card) for a payer found or created at Asaas, and stores its invoice.
/// Re-running the same execution (a retry, or after a crash) finds the stored invoice, and Asaas's charge by its
/// external reference (the invoice id): the payer is never charged twice.
/// </summary>
[Activity("CreateAsaasCharge", Category = "Payments", DisplayName = "Create Asaas charge",
    Description = "Creates an Asaas charge (PIX with QR code, boleto or credit card) and an invoice; outputs the payment URL.", Icon = "qr-code", HasSideEffects = true)]
public sealed class CreateAsaasCharge(IAsaasCharges charges) : Activity<CreateAsaasCharge.Input, CreateAsaasCharge.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;

    /// <summary>The provider refused the charge (or was unreachable) after the retries: an agent can hand off instead of faulting.</summary>
    public static readonly Port Failed = Port.Failed;

    private const string DateFormat = "yyyy-MM-dd";
    private const int MaxDueInDays = 3650;

    public sealed record Input(
        [Input(Description = "The value in cents of BRL (R$ 109,90 is 10990).")] long AmountCents,
        [Input(Options = [AsaasBilling.Pix, AsaasBilling.Boleto, AsaasBilling.CreditCard])] string BillingType,
        [Input(Description = "{ name, email, cpfCnpj, phone }: found at Asaas by CPF/CNPJ or e-mail, else created (Asaas needs a CPF or CNPJ to create one).")] AsaasPayer Customer,
        string? Description = null,
        [Input(Description = "yyyy-MM-dd; or leave empty and use dueInDays.")] string? DueDate = null,
        [Input(Description = "Days from today (Brasília); default 1 for PIX and credit card, 3 for boleto.")] int? DueInDays = null,
        string? LeadId = null,
        string? DealId = null,
        [Input(Description = "An asaas connection of the tenant (PUT /api/connections/{name}).")] string Connection = "default");

    public sealed record Output(string InvoiceId, string PaymentId, string CustomerId, string Url, string? PixPayload, string? PixQrCode, string DueDate);

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node)
    {
        if (Literal(node, "billingType") is { ValueKind: JsonValueKind.String } billingType && BillingTypeProblem(billingType.GetString()) is { } billing)
        {
            yield return ("billingType", billing);
        }

        if (Literal(node, "amountCents") is { ValueKind: JsonValueKind.Number } amount && (!amount.TryGetInt64(out var cents) || AmountProblem(cents) is not null))
        {
            yield return ("amountCents", $"'amountCents' must be a whole number of cents, at least 1; got {amount.GetRawText()}.");
        }

        if (Literal(node, "dueDate") is { ValueKind: JsonValueKind.String } dueDate && DueDateProblem(dueDate.GetString()) is { } due)
        {
            yield return ("dueDate", due);
        }

        if (Literal(node, "dueInDays") is { ValueKind: JsonValueKind.Number } days && (!days.TryGetInt32(out var count) || DueInDaysProblem(count) is not null))
        {
            yield return ("dueInDays", $"'dueInDays' must be a whole number from 0 to {MaxDueInDays}; got {days.GetRawText()}.");
        }

        if (Given(node, "dueDate") && Given(node, "dueInDays"))
        {
            yield return ("dueInDays", "Give 'dueDate' or 'dueInDays', not both.");
        }

        if (node.Inputs.GetValueOrDefault("customer") is JsonObject customer && !IsExpression(customer) && LiteralPayerProblem(customer) is { } payer)
        {
            yield return ("customer", payer);
        }
    }

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var problem = AmountProblem(input.AmountCents) ?? BillingTypeProblem(input.BillingType) ?? DueDateProblem(input.DueDate)
                      ?? (input.DueInDays is { } days ? DueInDaysProblem(days) : null) ?? PayerProblem(input.Customer)
                      ?? (!string.IsNullOrWhiteSpace(input.DueDate) && input.DueInDays is not null ? "Give 'dueDate' or 'dueInDays', not both." : null);
        if (problem is not null)
        {
            return ActivityResult.Fail($"CreateAsaasCharge: {problem}");
        }

        try
        {
            var charge = await charges.CreateAsync(new AsaasChargeRequest
            {
                TenantId = context.Workflow.TenantId,
                InstanceId = context.Workflow.InstanceId,
                ExecutionId = context.ExecutionId,
                Connection = input.Connection,
                AmountCents = input.AmountCents,
                BillingType = input.BillingType,
                DueDate = string.IsNullOrWhiteSpace(input.DueDate) ? null : ParseDate(input.DueDate),
                DueInDays = input.DueInDays ?? AsaasBilling.DefaultDueInDays(input.BillingType),
                Payer = Trimmed(input.Customer),
                Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description,
                LeadId = input.LeadId,
                DealId = input.DealId,
            }, cancellationToken);
            return Complete(Port.Done, new Output(
                charge.InvoiceId, charge.PaymentId, charge.CustomerId, charge.Url, charge.PixPayload, charge.PixQrCode,
                charge.DueDate.ToString(DateFormat, CultureInfo.InvariantCulture)));
        }
        catch (PaymentProviderException exception)
        {
            return ActivityResult.Fail($"CreateAsaasCharge: {exception.Message}");
        }
    }

    private static string? AmountProblem(long cents) => cents < 1 ? $"'amountCents' must be at least 1 (cents of BRL); got {cents}." : null;

    private static string? BillingTypeProblem(string? billingType) => AsaasBilling.IsKnown(billingType)
        ? null
        : $"'billingType' must be one of {string.Join(", ", AsaasBilling.All)}; got '{billingType}'.";

    private static string? DueDateProblem(string? dueDate) => string.IsNullOrWhiteSpace(dueDate) || ParseDate(dueDate) is not null
        ? null
        : $"'dueDate' must be a date as yyyy-MM-dd; got '{dueDate}'.";

    private static string? DueInDaysProblem(int days) => days is < 0 or > MaxDueInDays ? $"'dueInDays' must be from 0 to {MaxDueInDays}; got {days}." : null;

    private static string? PayerProblem(AsaasPayer? payer)
    {
        if (payer is null || string.IsNullOrWhiteSpace(payer.Name))
        {
            return "'customer.name' must not be empty.";
        }

        var digits = payer.CpfCnpj is null ? 0 : payer.CpfCnpj.Count(char.IsAsciiDigit);
        return string.IsNullOrWhiteSpace(payer.CpfCnpj) || digits is 11 or 14
            ? null
            : $"'customer.cpfCnpj' must have 11 digits (CPF) or 14 (CNPJ); got '{payer.CpfCnpj}'.";
    }

    /// <summary>A literal customer may still hold expressions in its fields: only the literal ones are checked before it runs.</summary>
    private static string? LiteralPayerProblem(JsonObject customer)
    {
        var name = customer["name"] switch
        {
            null => "",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => "(an expression)",
        };
        return PayerProblem(new AsaasPayer(name, CpfCnpj: LiteralText(customer["cpfCnpj"])));
    }

    private static AsaasPayer Trimmed(AsaasPayer payer) => new(
        payer.Name.Trim(),
        string.IsNullOrWhiteSpace(payer.Email) ? null : payer.Email.Trim(),
        string.IsNullOrWhiteSpace(payer.CpfCnpj) ? null : payer.CpfCnpj.Trim(),
        string.IsNullOrWhiteSpace(payer.Phone) ? null : payer.Phone.Trim());

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static JsonElement? Literal(ActivityNode node, string name) =>
        node.Inputs.GetValueOrDefault(name) is JsonValue value ? value.Deserialize<JsonElement>() : null;

    private static string? LiteralText(JsonNode? value) =>
        value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : null;

    private static bool Given(ActivityNode node, string name) => node.Inputs.GetValueOrDefault(name) is { } value && value.GetValueKind() != JsonValueKind.Null;

    private static bool IsExpression(JsonObject value) => value.Any(p => p.Key.StartsWith('$'));
}
