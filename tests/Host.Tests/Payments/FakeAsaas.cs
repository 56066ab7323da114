using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>
/// Asaas API v3 on loopback, in the documented shapes (../shared/reference/providers.md §1): <c>access_token</c> auth
/// (401 without it), customers (list by email, cpfCnpj or externalReference; create), payments (create, list by
/// externalReference or customer, get, delete) and the Pix QR code. A refused request answers
/// <c>{ "errors": [ { "code", "description" } ] }</c>. Like Asaas it has no idempotency header: a repeated POST
/// creates another charge, and <see cref="PaymentsCreated"/> counts them; it can lose or hold the answer to a creation
/// (<see cref="LoseNextCreatedPaymentAnswer"/>, <see cref="HoldNextCreatedPayment"/>). Tests move charges with
/// <see cref="MarkConfirmed"/>, <see cref="MarkReceived"/> and <see cref="MarkOverdue"/>, and build webhook
/// deliveries with <see cref="Webhook"/>, carrying <see cref="WebhookToken"/> as Asaas sends it.
/// </summary>
public sealed class FakeAsaas : IAsyncDisposable
{
    /// <summary>A valid 1×1 PNG: what <c>encodedImage</c> decodes to (base64, no data-URI prefix).</summary>
    public const string QrCodePng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static readonly TimeSpan Brasilia = TimeSpan.FromHours(-3);
    private static readonly string[] BillingTypes = ["BOLETO", "PIX", "CREDIT_CARD", "UNDEFINED"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> customers = [];
    private readonly Dictionary<string, JsonObject> payments = [];
    private readonly TimeProvider time;
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? holdNext;
    private WebApplication app = null!;
    private string root = "";
    private int ids;
    private int eventIds;
    private int paymentsCreated;
    private int customersCreated;
    private int failures;
    private int failureStatus = 503;
    private int loseNextCreation;

    private FakeAsaas(string apiKey, string webhookToken, TimeProvider time)
    {
        ApiKey = apiKey;
        WebhookToken = webhookToken;
        this.time = time;
    }

    /// <summary>Ends with <c>/v3</c>, like <c>https://api-sandbox.asaas.com/v3</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public string ApiKey { get; }

    /// <summary>The webhook configuration's <c>authToken</c>, sent back in <c>asaas-access-token</c>.</summary>
    public string WebhookToken { get; }

    /// <summary>Every call, authorised or not, as it arrived.</summary>
    public ConcurrentQueue<Call> Calls { get; } = new();

    public int PaymentsCreated => Volatile.Read(ref paymentsCreated);

    public int CustomersCreated => Volatile.Read(ref customersCreated);

    /// <summary>Today in Brasília, the date Asaas checks due dates against.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Brasilia).DateTime);

    /// <summary>One request: method, path with query, and the auth headers (null when absent).</summary>
    public sealed record Call(string Method, string PathAndQuery, string? AccessToken, string? UserAgent);

    public static async Task<FakeAsaas> StartAsync(
        string apiKey = "$aact_fake_0123456789", string webhookToken = "whk-fake-token-Zq8RmT2vXa9LpK4nYc7BdE3w", TimeProvider? time = null)
    {
        var server = new FakeAsaas(apiKey, webhookToken, time ?? TimeProvider.System);
        (server.app, var url) = await Loopback.StartAsync(app =>
        {
            app.Use(server.GuardAsync);
            app.MapGet("/v3/customers", server.ListCustomers);
            app.MapPost("/v3/customers", server.CreateCustomerAsync);
            app.MapGet("/v3/payments", server.ListPayments);
            app.MapPost("/v3/payments", server.CreatePaymentAsync);
            app.MapGet("/v3/payments/{id}", server.GetPayment);
            app.MapDelete("/v3/payments/{id}", server.DeletePayment);
            app.MapGet("/v3/payments/{id}/pixQrCode", server.GetPixQrCode);
        });
        server.root = url;
        server.BaseUrl = url + "/v3";
        return server;
    }

    /// <summary>The next <paramref name="times"/> authorised calls answer <paramref name="status"/> (429 with <c>Retry-After: 2</c>).</summary>
    public void FailNext(int times, int status = 503)
    {
        failureStatus = status;
        Volatile.Write(ref failures, times);
    }

    /// <summary>The next payment POST creates the charge but its answer is lost: a 504 from the proxy, as after a time-out.</summary>
    public void LoseNextCreatedPaymentAnswer() => Volatile.Write(ref loseNextCreation, 1);

    /// <summary>
    /// Makes the next payment POST create the charge, then hold its answer until the caller goes away (or the fake is
    /// disposed), so a test can kill the caller in that window. The returned task completes once the charge exists.
    /// </summary>
    public Task HoldNextCreatedPayment()
    {
        var recorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        holdNext = recorded;
        return recorded.Task;
    }

    /// <summary>The ids of the charges created, deleted ones included.</summary>
    public IReadOnlyList<string> PaymentIds
    {
        get
        {
            lock (gate)
            {
                return payments.Keys.ToList();
            }
        }
    }

    /// <summary>A copy of the charge as <c>GET /v3/payments/{id}</c> would give it.</summary>
    public JsonObject Payment(string id)
    {
        lock (gate)
        {
            return payments[id].DeepClone().AsObject();
        }
    }

    /// <summary>Paid, balance not yet available (card approved, boleto paid before compensation).</summary>
    public void MarkConfirmed(string id) => Move(id, "CONFIRMED");

    /// <summary>Balance credited (Pix paid, boleto compensated, card settled).</summary>
    public void MarkReceived(string id) => Move(id, "RECEIVED");

    public void MarkOverdue(string id) => Move(id, "OVERDUE");

    /// <summary>
    /// A delivery of <paramref name="eventName"/> for the charge, in the documented body
    /// <c>{ id, event, dateCreated, account, payment }</c>, the payment as it is now with the status the event
    /// implies (PAYMENT_CREATED → PENDING, PAYMENT_CONFIRMED → CONFIRMED, PAYMENT_RECEIVED → RECEIVED, PAYMENT_OVERDUE →
    /// OVERDUE). Each call is a new event with a new id; a redelivery resends the same <see cref="WebhookDelivery"/>.
    /// </summary>
    public WebhookDelivery Webhook(string paymentId, string eventName)
    {
        var payment = Payment(paymentId);
        if (StatusOf(eventName) is { } status)
        {
            Apply(payment, status);
        }

        var number = Interlocked.Increment(ref eventIds);
        var eventId = $"evt_{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}&{7659700 + number}";
        var body = new JsonObject
        {
            ["id"] = eventId,
            ["event"] = eventName,
            ["dateCreated"] = time.GetUtcNow().ToOffset(Brasilia).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["account"] = new JsonObject { ["id"] = "acc-fake-0001", ["ownerId"] = null },
            ["payment"] = payment,
        };
        return new WebhookDelivery(eventId, eventName, body.ToJsonString(), WebhookToken);
    }

    private static string? StatusOf(string eventName) => eventName switch
    {
        "PAYMENT_CREATED" => "PENDING",
        "PAYMENT_CONFIRMED" => "CONFIRMED",
        "PAYMENT_RECEIVED" => "RECEIVED",
        "PAYMENT_OVERDUE" => "OVERDUE",
        _ => null,
    };

    private void Move(string id, string status)
    {
        lock (gate)
        {
            Apply(payments[id], status);
        }
    }

    private void Apply(JsonObject payment, string status)
    {
        var today = Date(Today);
        payment["status"] = status;
        if (status is "CONFIRMED" or "RECEIVED")
        {
            payment["paymentDate"] = payment["paymentDate"]?.GetValue<string>() ?? today;
            payment["clientPaymentDate"] = payment["paymentDate"]!.GetValue<string>();
            payment["confirmedDate"] = payment["confirmedDate"]?.GetValue<string>() ?? today;
        }

        if (status == "RECEIVED")
        {
            payment["creditDate"] = today;
        }
    }

    /// <summary>Records the call, answers 401 without the right key, then any failure the test asked for.</summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var key = request.Headers["access_token"].FirstOrDefault();
        Calls.Enqueue(new Call(request.Method, request.Path + request.QueryString, key, request.Headers.UserAgent.FirstOrDefault()));
        if (key != ApiKey)
        {
            // Asaas documents only the status for a missing or wrong key; the error body here is the fake's choice.
            await Errors(StatusCodes.Status401Unauthorized, ("invalid_access_token", "The access_token is missing or invalid for this environment.")).ExecuteAsync(context);
            return;
        }

        if (Interlocked.Decrement(ref failures) >= 0)
        {
            if (failureStatus == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "2";
            }

            await Errors(failureStatus, ("service_unavailable", "Try again later.")).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private IResult ListCustomers(HttpRequest request)
    {
        lock (gate)
        {
            return List(customers.Values.Where(c => Matches(request, c, "email", "cpfCnpj", "externalReference", "name")));
        }
    }

    private async Task<IResult> CreateCustomerAsync(HttpRequest request)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return Errors(400, ("invalid_object", "The request body is not a JSON object."));
        }

        var problems = new List<(string, string)>();
        var name = Text(body, "name");
        var document = new string((Text(body, "cpfCnpj") ?? "").Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(("invalid_name", "The name field must be informed."));
        }

        if (document.Length is not (11 or 14))
        {
            problems.Add(("invalid_cpfCnpj", "The CPF/CNPJ informed is invalid."));
        }

        if (problems.Count > 0)
        {
            return Errors(400, [.. problems]);
        }

        var customer = new JsonObject
        {
            ["object"] = "customer",
            ["id"] = $"cus_{NextId():D12}",
            ["dateCreated"] = Date(Today),
            ["name"] = name,
            ["email"] = Text(body, "email"),
            ["mobilePhone"] = Text(body, "mobilePhone"),
            ["cpfCnpj"] = document,
            ["personType"] = document.Length == 11 ? "FISICA" : "JURIDICA",
            ["deleted"] = false,
            ["externalReference"] = Text(body, "externalReference"),
            ["notificationDisabled"] = body["notificationDisabled"]?.GetValue<bool>() ?? false,
            ["foreignCustomer"] = false,
        };
        lock (gate)
        {
            customers[customer["id"]!.GetValue<string>()] = customer;
        }

        Interlocked.Increment(ref customersCreated);
        return Results.Json(customer.DeepClone());
    }

    private IResult ListPayments(HttpRequest request)
    {
        lock (gate)
        {
            return List(payments.Values.Where(p => !p["deleted"]!.GetValue<bool>() && Matches(request, p, "externalReference", "customer", "status", "billingType")));
        }
    }

    private async Task<IResult> CreatePaymentAsync(HttpRequest request)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return Errors(400, ("invalid_object", "The request body is not a JSON object."));
        }

        var problems = new List<(string, string)>();
        var customer = Text(body, "customer");
        var billingType = Text(body, "billingType");
        decimal value = 0;
        var valid = body["value"] is JsonValue number && number.TryGetValue(out value) && value > 0;
        var dueDate = DateOnly.TryParseExact(Text(body, "dueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : (DateOnly?)null;
        lock (gate)
        {
            if (customer is null || !customers.ContainsKey(customer))
            {
                problems.Add(("invalid_customer", "Customer not found or not informed."));
            }
        }

        if (!BillingTypes.Contains(billingType))
        {
            problems.Add(("invalid_billingType", $"The billing type '{billingType}' is invalid; use BOLETO, PIX, CREDIT_CARD or UNDEFINED."));
        }

        if (!valid)
        {
            problems.Add(("invalid_value", "The value field must be informed."));
        }

        if (dueDate is null)
        {
            problems.Add(("invalid_dueDate", "The due date must be informed as yyyy-MM-dd."));
        }
        else if (dueDate < Today)
        {
            problems.Add(("invalid_dueDate", "The due date cannot be earlier than today."));
        }

        if (problems.Count > 0)
        {
            return Errors(400, [.. problems]);
        }

        var payment = NewPayment(body, customer!, billingType!, value, dueDate!.Value);
        lock (gate)
        {
            payments[payment["id"]!.GetValue<string>()] = payment;
        }

        Interlocked.Increment(ref paymentsCreated);
        if (Interlocked.Exchange(ref holdNext, null) is { } recorded)
        {
            recorded.TrySetResult();
            try
            {
                await release.Task.WaitAsync(request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller went away (killed) while the answer was held.
            }
        }

        if (Interlocked.Exchange(ref loseNextCreation, 0) == 1)
        {
            return Results.Content("<html><body>504 Gateway Time-out</body></html>", "text/html", Encoding.UTF8, StatusCodes.Status504GatewayTimeout);
        }

        return Results.Json(payment.DeepClone());
    }

    private JsonObject NewPayment(JsonObject body, string customer, string billingType, decimal value, DateOnly dueDate)
    {
        var id = $"pay_{NextId():D12}";
        var token = id[4..];
        var boleto = billingType == "BOLETO";
        return new JsonObject
        {
            ["object"] = "payment",
            ["id"] = id,
            ["dateCreated"] = Date(Today),
            ["customer"] = customer,
            ["value"] = value,
            ["netValue"] = value,
            ["originalValue"] = null,
            ["description"] = Text(body, "description"),
            ["billingType"] = billingType,
            ["status"] = "PENDING",
            ["dueDate"] = Date(dueDate),
            ["originalDueDate"] = Date(dueDate),
            ["paymentDate"] = null,
            ["clientPaymentDate"] = null,
            ["confirmedDate"] = null,
            ["creditDate"] = null,
            ["invoiceUrl"] = $"{root}/i/{token}",
            ["invoiceNumber"] = token[^8..],
            ["externalReference"] = Text(body, "externalReference"),
            ["bankSlipUrl"] = boleto ? $"{root}/b/pdf/{token}" : null,
            ["nossoNumero"] = boleto ? token[^9..] : null,
            ["deleted"] = false,
            ["anticipated"] = false,
            ["postalService"] = false,
        };
    }

    private IResult GetPayment(string id)
    {
        lock (gate)
        {
            return payments.TryGetValue(id, out var payment) ? Results.Json(payment.DeepClone()) : Results.NotFound();
        }
    }

    /// <summary>Only PENDING or OVERDUE charges can be deleted; a deleted one leaves the listings.</summary>
    private IResult DeletePayment(string id)
    {
        lock (gate)
        {
            if (!payments.TryGetValue(id, out var payment) || payment["deleted"]!.GetValue<bool>())
            {
                return Results.NotFound();
            }

            if (payment["status"]!.GetValue<string>() is not ("PENDING" or "OVERDUE"))
            {
                return Errors(400, ("invalid_action", "Only pending or overdue charges can be removed."));
            }

            payment["deleted"] = true;
            return Results.Json(new { deleted = true, id });
        }
    }

    /// <summary>A dynamic QR that expires 12 months after the due date, for PIX, BOLETO and UNDEFINED charges.</summary>
    private IResult GetPixQrCode(string id)
    {
        JsonObject payment;
        lock (gate)
        {
            if (!payments.TryGetValue(id, out var stored))
            {
                return Results.NotFound();
            }

            payment = stored.DeepClone().AsObject();
        }

        // Pix is enabled only for PIX, BOLETO and UNDEFINED charges; the code and wording here are the fake's.
        if (payment["billingType"]!.GetValue<string>() == "CREDIT_CARD")
        {
            return Errors(400, ("invalid_billingType", "Pix is not enabled for credit card charges."));
        }

        var value = payment["value"]!.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture);
        var due = DateOnly.ParseExact(payment["dueDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.Json(new JsonObject
        {
            ["encodedImage"] = QrCodePng,
            ["payload"] = $"00020101021226820014br.gov.bcb.pix2560pix.fake.asaas/qr/v2/{id}5204000053039865406{value}5802BR5909FAKE ASAS6009SAO PAULO62070503***6304B1C2",
            ["expirationDate"] = $"{Date(due.AddMonths(12))} 23:59:59",
            ["description"] = payment["description"]?.GetValue<string>(),
        });
    }

    private static bool Matches(HttpRequest request, JsonObject item, params string[] filters) =>
        filters.All(filter => !request.Query.TryGetValue(filter, out var wanted)
            || string.Equals(item[filter]?.GetValue<string>(), wanted.ToString(), StringComparison.OrdinalIgnoreCase));

    private static IResult List(IEnumerable<JsonObject> items)
    {
        var data = items.Select(i => (JsonNode)i.DeepClone()).ToArray();
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["hasMore"] = false,
            ["totalCount"] = data.Length,
            ["limit"] = 10,
            ["offset"] = 0,
            ["data"] = new JsonArray(data),
        });
    }

    private static IResult Errors(int status, params (string Code, string Description)[] errors) => Results.Json(
        new JsonObject { ["errors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["description"] = e.Description }).ToArray()) },
        statusCode: status);

    private static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int NextId() => 80225913 + Interlocked.Increment(ref ids);

    public async ValueTask DisposeAsync()
    {
        release.TrySetResult();
        await app.DisposeAsync();
    }

    /// <summary>One webhook delivery: the body as Asaas posts it, and the <c>asaas-access-token</c> it carries.</summary>
    public sealed record WebhookDelivery(string EventId, string Event, string Body, string Token)
    {
        /// <summary>The POST Asaas would make to <paramref name="url"/>, with the configured token.</summary>
        public HttpRequestMessage ToRequest(string url) => ToRequest(url, Token);

        /// <summary>The same POST with another <c>asaas-access-token</c>, or none when <paramref name="token"/> is null.</summary>
        public HttpRequestMessage ToRequest(string url, string? token)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            if (token is not null)
            {
                request.Headers.TryAddWithoutValidation("asaas-access-token", token);
            }

            request.Headers.TryAddWithoutValidation("User-Agent", "Asaas_Hmlg/3.0");
            return request;
        }
    }
}
