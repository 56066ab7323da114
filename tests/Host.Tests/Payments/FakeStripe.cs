using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowPlatform.Host.Tests.Payments;

/// <summary>
/// A loopback Stripe API for the calls the platform makes: <c>POST /v1/checkout/sessions</c> (form-encoded, as
/// Stripe.net sends it) and <c>GET /v1/checkout/sessions/{id}</c>, answering the documented Checkout Session shape and
/// Stripe's error shape. Idempotency-Key is honoured as Stripe does: the same key replays the first response (header
/// <c>Idempotent-Replayed: true</c>), the same key with other parameters is a 400 <c>idempotency_error</c>. It counts
/// requests and sessions, can settle a session (as a payer would), can hold its answer to a create after recording
/// the session (so a test can kill the caller in that window), and builds and signs events with Stripe's real scheme.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string ApiKey = "sk_test_fake_51Hx0123456789";
    public const string WebhookSecret = "whsec_fake_0123456789abcdef";
    public const string ApiVersion = "2026-10-28.endive";

    private readonly ConcurrentDictionary<string, JsonObject> sessions = new();
    private readonly ConcurrentDictionary<string, Recorded> idempotent = new();
    private readonly ConcurrentQueue<CreateRequest> creates = new();
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? holdNext;
    private WebApplication app = null!;
    private int retrievals;
    private int replays;
    private int sequence;

    public string Url { get; private set; } = "";

    /// <summary>Every create request that reached the server (replays included), in order.</summary>
    public IReadOnlyList<CreateRequest> Creates => creates.ToList();

    /// <summary>Sessions actually created (a replay creates none).</summary>
    public int SessionsCreated => sessions.Count;

    public IReadOnlyList<string> SessionIds => sessions.Keys.ToList();

    public int Replays => Volatile.Read(ref replays);
    public int Retrievals => Volatile.Read(ref retrievals);

    public static async Task<FakeStripe> StartAsync()
    {
        var fake = new FakeStripe();
        (fake.app, fake.Url) = await Loopback.StartAsync(app =>
        {
            app.MapPost("/v1/checkout/sessions", fake.CreateAsync);
            app.MapGet("/v1/checkout/sessions/{id}", fake.Retrieve);
        });
        return fake;
    }

    /// <summary>
    /// Makes the next create record its session and idempotency answer, then hold the HTTP answer until the caller goes
    /// away (or the fake is disposed). The returned task completes once the session is recorded.
    /// </summary>
    public Task HoldNextCreate()
    {
        var recorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        holdNext = recorded;
        return recorded.Task;
    }

    public JsonObject Session(string id) => (JsonObject)sessions[id].DeepClone();

    /// <summary>The payer paid: the session is complete and paid, with a PaymentIntent.</summary>
    public JsonObject MarkPaid(string id) => Update(id, s =>
    {
        s["status"] = "complete";
        s["payment_status"] = "paid";
        s["payment_intent"] ??= "pi_" + id[3..];
    });

    /// <summary>The payer chose a delayed method (boleto): complete, not yet paid.</summary>
    public JsonObject MarkAwaitingPayment(string id) => Update(id, s =>
    {
        s["status"] = "complete";
        s["payment_status"] = "unpaid";
        s["payment_intent"] ??= "pi_" + id[3..];
    });

    public JsonObject MarkExpired(string id) => Update(id, s => s["status"] = "expired");

    /// <summary>An event as Stripe sends it, carrying a copy of <paramref name="session"/>.</summary>
    public string Event(string type, JsonObject session, string? eventId = null) => new JsonObject
    {
        ["id"] = eventId ?? $"evt_{Interlocked.Increment(ref sequence):D6}{Guid.NewGuid():N}"[..28],
        ["object"] = "event",
        ["api_version"] = ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = session.DeepClone() },
    }.ToJsonString();

    /// <summary>The <c>Stripe-Signature</c> header: <c>t=…,v1=hex(HMAC-SHA256(secret, t + "." + payload))</c>, the key being the whole secret's UTF-8 bytes.</summary>
    public static string Sign(string payload, string secret = WebhookSecret, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public async ValueTask DisposeAsync()
    {
        release.TrySetResult();
        await app.DisposeAsync();
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        if (Unauthorized(request) is { } refused)
        {
            return refused;
        }

        var body = await new StreamReader(request.Body).ReadToEndAsync(request.HttpContext.RequestAborted);
        var form = FormOf(body);
        var key = request.Headers["Idempotency-Key"].ToString();
        creates.Enqueue(new CreateRequest(key, form));
        if (key.Length > 0 && idempotent.TryGetValue(key, out var earlier))
        {
            if (earlier.Body != body)
            {
                return Error(400, "idempotency_error", $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.");
            }

            Interlocked.Increment(ref replays);
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Content(earlier.Response, "application/json", Encoding.UTF8, earlier.Status);
        }

        foreach (var required in new[] { "mode", "success_url", "line_items[0][quantity]", "line_items[0][price_data][currency]", "line_items[0][price_data][unit_amount]", "line_items[0][price_data][product_data][name]" })
        {
            if (!form.ContainsKey(required))
            {
                return Error(400, "invalid_request_error", $"Missing required param: {required}.", required);
            }
        }

        var session = NewSession(form);
        var response = session.ToJsonString();
        var id = session["id"]!.GetValue<string>();
        if (key.Length > 0 && !idempotent.TryAdd(key, new Recorded(body, 200, response)))
        {
            return Error(409, "idempotency_error", "There is currently another in-progress request using this Idempotent Key.");
        }

        sessions[id] = session;
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

        return Results.Content(response, "application/json", Encoding.UTF8, 200);
    }

    private IResult Retrieve(string id, HttpRequest request)
    {
        if (Unauthorized(request) is { } refused)
        {
            return refused;
        }

        Interlocked.Increment(ref retrievals);
        return sessions.TryGetValue(id, out var session)
            ? Results.Content(session.ToJsonString(), "application/json", Encoding.UTF8, 200)
            : Error(404, "invalid_request_error", $"No such checkout.session: '{id}'", "session");
    }

    private JsonObject NewSession(Dictionary<string, string> form)
    {
        var id = $"cs_test_{Interlocked.Increment(ref sequence):D4}{Guid.NewGuid():N}";
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var amount = long.Parse(form["line_items[0][price_data][unit_amount]"], CultureInfo.InvariantCulture) * long.Parse(form["line_items[0][quantity]"], CultureInfo.InvariantCulture);
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            metadata[name["metadata[".Length..^1]] = value;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["amount_subtotal"] = amount,
            ["amount_total"] = amount,
            ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
            ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["created"] = created,
            ["currency"] = form["line_items[0][price_data][currency]"],
            ["customer"] = null,
            ["customer_email"] = form.GetValueOrDefault("customer_email"),
            ["expires_at"] = created + 24 * 3600,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["mode"] = form["mode"],
            ["payment_intent"] = null,
            ["payment_method_types"] = new JsonArray("card"),
            ["payment_status"] = "unpaid",
            ["status"] = "open",
            ["success_url"] = form["success_url"],
            ["url"] = $"{Url}/c/pay/{id}",
        };
    }

    private JsonObject Update(string id, Action<JsonObject> change)
    {
        lock (sessions)
        {
            var session = (JsonObject)sessions[id].DeepClone();
            change(session);
            sessions[id] = session;
            return (JsonObject)session.DeepClone();
        }
    }

    private static IResult? Unauthorized(HttpRequest request) =>
        request.Headers.Authorization.ToString() == $"Bearer {ApiKey}"
            ? null
            : Error(401, "invalid_request_error", "Invalid API Key provided.");

    private static Dictionary<string, string> FormOf(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    private static IResult Error(int status, string type, string message, string? param = null) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["message"] = message, ["param"] = param } }, statusCode: status);

    /// <summary>One create request as received: its idempotency key and decoded form fields.</summary>
    public sealed record CreateRequest(string IdempotencyKey, IReadOnlyDictionary<string, string> Form);

    private sealed record Recorded(string Body, int Status, string Response);
}
