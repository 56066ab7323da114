using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WorkflowPlatform.Host.Payments.Asaas;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>The Asaas client against the loopback fake, the webhook token check, and the event parsing and mapping.</summary>
public sealed class AsaasClientTests
{
    private static readonly AsaasNewCustomer Ana = new("Ana Souza", "123.456.789-09", "ana@example.com", NotificationDisabled: true);

    [Fact]
    public async Task FindOrCreateCustomer_NewPayer_CreatesOnceThenFindsByCpfOrEmail()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);

        var created = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var again = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var byEmailOnly = await client.FindOrCreateCustomerAsync(Ana with { CpfCnpj = null }, CancellationToken.None);
        var byCpf = await client.FindCustomerAsync("12345678909", null, CancellationToken.None);

        Assert.StartsWith("cus_", created.Id, StringComparison.Ordinal);
        Assert.Equal(("Ana Souza", "12345678909", "ana@example.com"), (created.Name, created.CpfCnpj, created.Email));
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(created.Id, byEmailOnly.Id);
        Assert.Equal(created.Id, byCpf?.Id);
        Assert.Null(await client.FindCustomerAsync("98765432100", "bruno@example.com", CancellationToken.None));
        Assert.Equal(1, asaas.CustomersCreated);
        Assert.Contains(asaas.Calls, c => c.Method == "GET" && c.PathAndQuery == "/v3/customers?cpfCnpj=12345678909");
        Assert.Contains(asaas.Calls, c => c.Method == "GET" && c.PathAndQuery == "/v3/customers?email=ana%40example.com");
    }

    [Fact]
    public async Task CreatePayment_Pix_HasQrCodePayloadImageAndExpiry_AndSendsTheDocumentedHeaders()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var due = asaas.Today.AddDays(3);

        var payment = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.Pix, 10990, due, "order-42", "Order 42"), CancellationToken.None);
        var qrCode = await client.GetPixQrCodeAsync(payment.Id, CancellationToken.None);

        Assert.StartsWith("pay_", payment.Id, StringComparison.Ordinal);
        Assert.Equal(("PIX", "PENDING", 10990L, due, "order-42"), (payment.BillingType, payment.Status, payment.ValueCents, payment.DueDate, payment.ExternalReference));
        Assert.NotNull(payment.InvoiceUrl);
        Assert.Null(payment.BankSlipUrl);
        Assert.Equal(109.90m, asaas.Payment(payment.Id)["value"]!.GetValue<decimal>()); // decimal BRL on the wire
        Assert.StartsWith("000201", qrCode.Payload, StringComparison.Ordinal);
        Assert.Contains("109.90", qrCode.Payload, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, Convert.FromBase64String(qrCode.EncodedImage)[..4]);
        Assert.Equal(new DateTimeOffset(due.AddMonths(12).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(-3)), qrCode.ExpirationDate);
        Assert.All(asaas.Calls, c => Assert.Equal((asaas.ApiKey, "WorkflowPlatform"), (c.AccessToken, c.UserAgent)));
    }

    [Fact]
    public async Task CreatePayment_Boleto_HasBankSlipUrlAndAPixQrCode()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);

        var payment = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.Boleto, 4223, asaas.Today.AddDays(5), "order-43"), CancellationToken.None);

        Assert.Equal(("BOLETO", 4223L), (payment.BillingType, payment.ValueCents));
        Assert.Contains("/b/pdf/", payment.BankSlipUrl, StringComparison.Ordinal);
        Assert.NotEmpty((await client.GetPixQrCodeAsync(payment.Id, CancellationToken.None)).Payload); // Pix is enabled for boletos too
    }

    [Fact]
    public async Task CreatePayment_CreditCard_HasInvoicePageAndNoBankSlip()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);

        var payment = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.CreditCard, 19900, asaas.Today, "order-44"), CancellationToken.None);

        Assert.Equal("CREDIT_CARD", payment.BillingType);
        Assert.StartsWith(asaas.BaseUrl.Replace("/v3", "/i/", StringComparison.Ordinal), payment.InvoiceUrl, StringComparison.Ordinal);
        Assert.Null(payment.BankSlipUrl);
        var noPix = await Assert.ThrowsAsync<AsaasException>(() => client.GetPixQrCodeAsync(payment.Id, CancellationToken.None));
        Assert.Equal(HttpStatusCode.BadRequest, noPix.StatusCode);
    }

    [Fact]
    public async Task CreatePayment_SameExternalReferenceTwice_ReturnsTheSamePaymentAndCreatesOne()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var charge = new AsaasNewPayment(customer.Id, AsaasBillingType.Pix, 5000, asaas.Today.AddDays(1), "exec-7f3a:invoice");

        var first = await client.CreatePaymentAsync(charge, CancellationToken.None);
        var second = await client.CreatePaymentAsync(charge, CancellationToken.None);
        var other = await client.CreatePaymentAsync(charge with { ExternalReference = "exec-9b1c:invoice" }, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(2, asaas.PaymentsCreated);
        Assert.Equal(first.Id, (await client.FindPaymentAsync("exec-7f3a:invoice", CancellationToken.None))?.Id);
        Assert.Contains(asaas.Calls, c => c.PathAndQuery == "/v3/payments?externalReference=exec-7f3a%3Ainvoice");
    }

    [Fact]
    public async Task CreatePayment_AnswerLostAfterCreation_IsTransientAndTheRetryFindsTheChargeInsteadOfCreatingAnother()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var charge = new AsaasNewPayment(customer.Id, AsaasBillingType.Pix, 1234, asaas.Today, "exec-lost:invoice");
        asaas.LoseNextCreatedPaymentAnswer();

        var lost = await Assert.ThrowsAsync<AsaasException>(() => client.CreatePaymentAsync(charge, CancellationToken.None));
        var retried = await client.CreatePaymentAsync(charge, CancellationToken.None);

        Assert.True(lost.IsTransient);
        Assert.Equal(HttpStatusCode.GatewayTimeout, lost.StatusCode);
        Assert.Equal(1, asaas.PaymentsCreated);
        Assert.Equal((1234L, "exec-lost:invoice"), (retried.ValueCents, retried.ExternalReference));
    }

    [Fact]
    public async Task CreatePayment_Refused_SurfacesEveryDescriptionAndIsNotTransient()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);

        var refused = await Assert.ThrowsAsync<AsaasException>(() => client.CreatePaymentAsync(
            new AsaasNewPayment("cus_unknown", AsaasBillingType.Pix, 100, asaas.Today.AddDays(-1), "order-45"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.IsTransient);
        Assert.Equal(["invalid_customer", "invalid_dueDate"], refused.Errors.Select(e => e.Code));
        Assert.Contains("The due date cannot be earlier than today.", refused.Descriptions);
        Assert.Contains("The due date cannot be earlier than today.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Customer not found or not informed.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, asaas.PaymentsCreated);
    }

    [Fact]
    public async Task FakeAsaas_InvalidBillingTypeOrMissingKey_AnswersTheDocumentedErrors()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var customer = await Client(asaas).FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        using var http = new HttpClient();
        using var invalid = new HttpRequestMessage(HttpMethod.Post, $"{asaas.BaseUrl}/payments")
        {
            Content = JsonContent.Create(new { customer = customer.Id, billingType = "BITCOIN", value = 10.0m, dueDate = asaas.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
        };
        invalid.Headers.Add("access_token", asaas.ApiKey);

        using var badRequest = await http.SendAsync(invalid);
        using var unauthorised = await http.GetAsync($"{asaas.BaseUrl}/payments");

        Assert.Equal(HttpStatusCode.BadRequest, badRequest.StatusCode);
        var error = (await badRequest.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Single()!;
        Assert.Equal("invalid_billingType", error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["description"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal(0, asaas.PaymentsCreated);
    }

    [Fact]
    public async Task Call_WrongKey_Is401AndNotTransient()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = new AsaasClient(new HttpClient(), new AsaasAccount("$aact_production_key", new Uri(asaas.BaseUrl)));

        var refused = await Assert.ThrowsAsync<AsaasException>(() => client.FindCustomerAsync("12345678909", null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(refused.IsTransient);
        Assert.DoesNotContain("$aact_production_key", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(403, false)]
    public async Task Call_FailingStatus_IsTransientOnlyFor429And5xx(int status, bool transient)
    {
        await using var asaas = await FakeAsaas.StartAsync();
        asaas.FailNext(1, status);

        var failure = await Assert.ThrowsAsync<AsaasException>(() => Client(asaas).GetPaymentAsync("pay_1", CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, failure.StatusCode);
        Assert.Equal(transient, failure.IsTransient);
        Assert.Equal(status == 429 ? TimeSpan.FromSeconds(2) : null, failure.RetryAfter);
    }

    [Fact]
    public async Task Call_NoServer_IsTransientWithoutStatus()
    {
        var client = new AsaasClient(new HttpClient(), new AsaasAccount("key", new Uri("http://127.0.0.1:9/v3")));

        var failure = await Assert.ThrowsAsync<AsaasException>(() => client.GetPaymentAsync("pay_1", CancellationToken.None));

        Assert.Null(failure.StatusCode);
        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task GetPayment_AfterProviderMoves_ReportsStatusAndOutcomeForTheReconciler()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var pix = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.Pix, 990, asaas.Today, "order-46"), CancellationToken.None);
        var boleto = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.Boleto, 990, asaas.Today, "order-47"), CancellationToken.None);

        asaas.MarkReceived(pix.Id);
        asaas.MarkOverdue(boleto.Id);
        var received = await client.GetPaymentAsync(pix.Id, CancellationToken.None);
        var overdue = await client.GetPaymentAsync(boleto.Id, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<AsaasException>(() => client.GetPaymentAsync("pay_000000000000", CancellationToken.None));

        Assert.Equal(("RECEIVED", asaas.Today, AsaasPaymentOutcome.Paid), (received.Status, received.PaymentDate, AsaasStatusMapping.OutcomeOf(received)));
        Assert.Equal(("OVERDUE", AsaasPaymentOutcome.Expired), (overdue.Status, AsaasStatusMapping.OutcomeOf(overdue)));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.False(missing.IsTransient);
    }

    [Fact]
    public async Task CreatePayment_AfterTheChargeWasDeleted_CreatesANewOneBecauseDeletedChargesLeaveTheListings()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var charge = new AsaasNewPayment(customer.Id, AsaasBillingType.Pix, 700, asaas.Today, "order-49");
        var first = await client.CreatePaymentAsync(charge, CancellationToken.None);
        using var http = new HttpClient();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{asaas.BaseUrl}/payments/{first.Id}");
        delete.Headers.Add("access_token", asaas.ApiKey);

        using var deleted = await http.SendAsync(delete);
        var gone = await client.GetPaymentAsync(first.Id, CancellationToken.None);
        var lookedUp = await client.FindPaymentAsync("order-49", CancellationToken.None);
        var second = await client.CreatePaymentAsync(charge, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal((true, AsaasPaymentOutcome.Expired), (gone.Deleted, AsaasStatusMapping.OutcomeOf(gone)));
        Assert.Null(lookedUp);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, asaas.PaymentsCreated);
    }

    [Theory]
    [InlineData("whk-fake-token-Zq8RmT2vXa9LpK4nYc7BdE3w", true)]
    [InlineData("whk-fake-token-Zq8RmT2vXa9LpK4nYc7BdE3W", false)] // one letter's case
    [InlineData("whk-fake-token", false)] // a prefix
    [InlineData("whk-fake-token-Zq8RmT2vXa9LpK4nYc7BdE3w ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAuthentic_ComparesTheHeaderWithTheConfiguredToken(string? header, bool authentic)
    {
        const string configured = "whk-fake-token-Zq8RmT2vXa9LpK4nYc7BdE3w";
        var headers = new HeaderDictionary();
        if (header is not null)
        {
            headers[AsaasWebhook.TokenHeader] = header;
        }

        Assert.Equal(authentic, AsaasWebhook.IsAuthentic(header, configured));
        Assert.Equal(authentic, AsaasWebhook.IsAuthentic(headers, configured));
    }

    [Fact]
    public void IsAuthentic_NoConfiguredTokenOrARepeatedHeader_IsNotValid()
    {
        var repeated = new HeaderDictionary { [AsaasWebhook.TokenHeader] = new(["t0ken-Zq8RmT2vXa9LpK4nYc7BdE3wxyz", "t0ken-Zq8RmT2vXa9LpK4nYc7BdE3wxyz"]) };

        Assert.False(AsaasWebhook.IsAuthentic("", ""));
        Assert.False(AsaasWebhook.IsAuthentic("anything", null));
        Assert.False(AsaasWebhook.IsAuthentic(repeated, "t0ken-Zq8RmT2vXa9LpK4nYc7BdE3wxyz"));
    }

    [Fact]
    public async Task Parse_FakeWebhooks_GiveTheEventIdPaymentAndOutcome()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        var client = Client(asaas);
        var customer = await client.FindOrCreateCustomerAsync(Ana, CancellationToken.None);
        var payment = await client.CreatePaymentAsync(new AsaasNewPayment(customer.Id, AsaasBillingType.Boleto, 4223, asaas.Today, "order-48"), CancellationToken.None);

        var created = AsaasWebhook.Parse(asaas.Webhook(payment.Id, "PAYMENT_CREATED").Body)!;
        var delivery = asaas.Webhook(payment.Id, "PAYMENT_RECEIVED");
        var received = AsaasWebhook.Parse(delivery.Body)!;

        Assert.Equal(("PAYMENT_CREATED", "PENDING", AsaasPaymentOutcome.Pending, (DateOnly?)null), (created.Event, created.Status, created.Outcome, created.PaymentDate));
        Assert.Equal(delivery.EventId, received.EventId);
        Assert.StartsWith("evt_", received.EventId, StringComparison.Ordinal);
        Assert.Contains('&', received.EventId);
        Assert.NotEqual(created.EventId, received.EventId);
        Assert.Equal(
            (payment.Id, "RECEIVED", 4223L, "BOLETO", "order-48", (DateOnly?)asaas.Today, AsaasPaymentOutcome.Paid),
            (received.PaymentId, received.Status, received.ValueCents, received.BillingType, received.ExternalReference, received.PaymentDate, received.Outcome));
        Assert.Equal(asaas.WebhookToken, delivery.Token);
        Assert.Equal("PENDING", asaas.Payment(payment.Id)["status"]!.GetValue<string>()); // building a delivery moves nothing
    }

    [Fact]
    public void Parse_DocumentedSample_ReadsValueExactlyAndDatesInEitherFormat()
    {
        const string sample = """
            { "id": "evt_05b708f961d739ea7eba7e4db318f621&7659763", "event": "PAYMENT_RECEIVED", "dateCreated": "2024-11-06 18:59:27",
              "account": { "id": "a1", "ownerId": null },
              "payment": { "object": "payment", "id": "pay_080225913252", "customer": "cus_1", "billingType": "BOLETO", "value": 42.23,
                           "netValue": 41.24, "status": "RECEIVED", "dueDate": "2024-11-09", "paymentDate": "06/11/2024",
                           "externalReference": null, "deleted": false } }
            """;

        var parsed = AsaasWebhook.Parse(sample)!;

        Assert.Equal(
            new AsaasPaymentEvent("evt_05b708f961d739ea7eba7e4db318f621&7659763", "PAYMENT_RECEIVED", "pay_080225913252", "RECEIVED", 4223, "BOLETO", null, new DateOnly(2024, 11, 6)),
            parsed);
    }

    [Fact]
    public void Parse_EventThatIsNotAboutAPayment_IsNullToAcknowledgeAndIgnore() =>
        Assert.Null(AsaasWebhook.Parse("""{ "id": "evt_1&1", "event": "SUBSCRIPTION_CREATED", "subscription": { "id": "sub_1" } }"""));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "event": "PAYMENT_RECEIVED", "payment": { "id": "pay_1", "status": "RECEIVED", "value": 1, "billingType": "PIX" } }""")]
    [InlineData("""{ "id": "", "event": "PAYMENT_RECEIVED", "payment": { "id": "pay_1", "status": "RECEIVED", "value": 1, "billingType": "PIX" } }""")]
    [InlineData("""{ "id": "evt_1&1", "payment": { "id": "pay_1", "status": "RECEIVED", "value": 1, "billingType": "PIX" } }""")]
    [InlineData("""{ "id": "evt_1&1", "event": "PAYMENT_RECEIVED" }""")]
    [InlineData("""{ "id": "evt_1&1", "event": "PAYMENT_RECEIVED", "payment": null }""")]
    [InlineData("""{ "id": "evt_1&1", "event": "PAYMENT_RECEIVED", "payment": { "status": "RECEIVED", "value": 1, "billingType": "PIX" } }""")]
    [InlineData("""{ "id": "evt_1&1", "event": "PAYMENT_RECEIVED", "payment": { "id": "pay_1", "status": "RECEIVED", "value": "1.00", "billingType": "PIX" } }""")]
    [InlineData("""{ "id": "evt_1&1", "event": "PAYMENT_RECEIVED", "payment": { "id": "pay_1", "status": "RECEIVED", "value": 1.005, "billingType": "PIX" } }""")]
    [InlineData("""{ "id": 17, "event": "PAYMENT_RECEIVED", "payment": { "id": "pay_1", "status": "RECEIVED", "value": 1, "billingType": "PIX" } }""")]
    public void Parse_MalformedBody_Throws(string body) =>
        Assert.Throws<AsaasWebhookFormatException>(() => AsaasWebhook.Parse(body));

    [Theory]
    [InlineData("PAYMENT_CREATED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_UPDATED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_AWAITING_RISK_ANALYSIS", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_APPROVED_BY_RISK_ANALYSIS", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_AUTHORIZED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_RESTORED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_BANK_SLIP_VIEWED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_BANK_SLIP_CANCELLED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_PARTIALLY_REFUNDED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_CHARGEBACK_REQUESTED", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_SOMETHING_NEW", nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PAYMENT_CONFIRMED", nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("PAYMENT_RECEIVED", nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("PAYMENT_DUNNING_RECEIVED", nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("PAYMENT_OVERDUE", nameof(AsaasPaymentOutcome.Expired))]
    [InlineData("PAYMENT_DELETED", nameof(AsaasPaymentOutcome.Expired))]
    [InlineData("PAYMENT_REFUNDED", nameof(AsaasPaymentOutcome.Refunded))]
    [InlineData("PAYMENT_REPROVED_BY_RISK_ANALYSIS", nameof(AsaasPaymentOutcome.Failed))]
    [InlineData("PAYMENT_CREDIT_CARD_CAPTURE_REFUSED", nameof(AsaasPaymentOutcome.Failed))]
    public void OutcomeOf_Event_MapsToThePlatformStatus(string eventName, string outcome) =>
        Assert.Equal(Enum.Parse<AsaasPaymentOutcome>(outcome), AsaasStatusMapping.OutcomeOf(eventName));

    [Theory]
    [InlineData("PAYMENT_CREATED,PAYMENT_CONFIRMED,PAYMENT_RECEIVED", "Paid", 1)]
    [InlineData("PAYMENT_RECEIVED,PAYMENT_CONFIRMED,PAYMENT_CREATED", "Paid", 1)]
    [InlineData("PAYMENT_CONFIRMED,PAYMENT_CONFIRMED,PAYMENT_RECEIVED,PAYMENT_RECEIVED", "Paid", 1)]
    [InlineData("PAYMENT_RECEIVED,PAYMENT_OVERDUE", "Paid", 1)]
    [InlineData("PAYMENT_OVERDUE,PAYMENT_RECEIVED", "Paid", 2)] // an overdue boleto or Pix paid late still counts
    [InlineData("PAYMENT_OVERDUE,PAYMENT_DELETED", "Expired", 1)]
    [InlineData("PAYMENT_REPROVED_BY_RISK_ANALYSIS,PAYMENT_OVERDUE", "Failed", 1)]
    [InlineData("PAYMENT_CONFIRMED,PAYMENT_REFUNDED,PAYMENT_RECEIVED", "Refunded", 2)]
    [InlineData("PAYMENT_CREATED,PAYMENT_UPDATED", "Pending", 0)]
    public void Advance_EventsInAnyOrderOrRepeated_MoveOnlyForwards(string events, string final, int changes)
    {
        var state = AsaasPaymentOutcome.Pending;
        var changed = 0;
        foreach (var eventName in events.Split(','))
        {
            if (AsaasStatusMapping.Advance(state, AsaasStatusMapping.OutcomeOf(eventName)) is { } next)
            {
                state = next;
                changed++;
            }
        }

        Assert.Equal((Enum.Parse<AsaasPaymentOutcome>(final), changes), (state, changed));
    }

    [Theory]
    [InlineData("PENDING", false, nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("PENDING", true, nameof(AsaasPaymentOutcome.Expired))]
    [InlineData("AWAITING_RISK_ANALYSIS", false, nameof(AsaasPaymentOutcome.Pending))]
    [InlineData("CONFIRMED", false, nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("RECEIVED_IN_CASH", false, nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("REFUND_IN_PROGRESS", false, nameof(AsaasPaymentOutcome.Paid))]
    [InlineData("OVERDUE", true, nameof(AsaasPaymentOutcome.Expired))]
    [InlineData("REFUNDED", false, nameof(AsaasPaymentOutcome.Refunded))]
    public void OutcomeOf_Payment_ReadsStatusAndDeletion(string status, bool deleted, string outcome) =>
        Assert.Equal(Enum.Parse<AsaasPaymentOutcome>(outcome), AsaasStatusMapping.OutcomeOf(new AsaasPayment("pay_1", "cus_1", "PIX", 100, status, null, null, null, null, null, null, deleted)));

    [Theory]
    [InlineData(10990L, "109.9")]
    [InlineData(1L, "0.01")]
    [InlineData(0L, "0")]
    [InlineData(9_223_372_036_854_775_807L, "92233720368547758.07")]
    public void Money_CentsAndBrl_ConvertExactlyBothWays(long cents, string brl)
    {
        var value = decimal.Parse(brl, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(value, AsaasMoney.FromCents(cents));
        Assert.Equal(cents, AsaasMoney.ToCents(value));
        Assert.Equal(cents, AsaasMoney.ToCents(AsaasMoney.FromCents(cents)));
        Assert.Throws<FormatException>(() => AsaasMoney.ToCents(value + 0.001m));
    }

    [Fact]
    public void Account_BaseUrls_EndWithASlashAndTheKeyStaysOutOfToString()
    {
        var sandbox = AsaasAccount.Sandbox("$aact_secret");

        Assert.Equal("https://api-sandbox.asaas.com/v3/", sandbox.BaseUrl.AbsoluteUri);
        Assert.Equal("https://api.asaas.com/v3/", AsaasAccount.Production("k").BaseUrl.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5000/v3/", new AsaasAccount("k", new Uri("http://127.0.0.1:5000/v3")).BaseUrl.AbsoluteUri);
        Assert.DoesNotContain("$aact_secret", sandbox.ToString(), StringComparison.Ordinal);
    }

    private static AsaasClient Client(FakeAsaas asaas) => new(new HttpClient(), new AsaasAccount(asaas.ApiKey, new Uri(asaas.BaseUrl)));
}
