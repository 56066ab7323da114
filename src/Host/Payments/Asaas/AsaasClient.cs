using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas API v3 over one <see cref="HttpClient"/> (from the factory, so its handler and resilience are shared) for one
/// <see cref="AsaasAccount"/>: the key and User-Agent go on each request, not on the client, because accounts are per tenant.
/// Every failure is an <see cref="AsaasException"/>; the client itself never retries.
/// </summary>
internal sealed class AsaasClient(HttpClient http, AsaasAccount account)
{
    public const string AccessTokenHeader = "access_token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The first customer with this CPF/CNPJ (digits compared) or, failing that, this e-mail; null when neither matches.</summary>
    public async Task<AsaasCustomer?> FindCustomerAsync(string? cpfCnpj, string? email, CancellationToken cancellationToken)
    {
        var digits = Digits(cpfCnpj);
        if (digits.Length > 0 && await FirstCustomerAsync("cpfCnpj", digits, c => Digits(c.CpfCnpj) == digits, cancellationToken) is { } byDocument)
        {
            return byDocument;
        }

        if (!string.IsNullOrWhiteSpace(email)
            && await FirstCustomerAsync("email", email.Trim(), c => string.Equals(c.Email, email.Trim(), StringComparison.OrdinalIgnoreCase), cancellationToken) is { } byEmail)
        {
            return byEmail;
        }

        return null;
    }

    public async Task<AsaasCustomer> CreateCustomerAsync(AsaasNewCustomer customer, CancellationToken cancellationToken)
    {
        var digits = Digits(customer.CpfCnpj);
        var body = new AsaasWire.NewCustomer(
            customer.Name, digits.Length > 0 ? digits : null, customer.Email, customer.MobilePhone, customer.ExternalReference, customer.NotificationDisabled);
        var created = await SendAsync<AsaasWire.Customer>(HttpMethod.Post, "customers", body, cancellationToken);
        return created.ToCustomer();
    }

    /// <summary>
    /// Asaas allows duplicate customers and tells integrators to list first: looks the payer up by CPF/CNPJ, then
    /// e-mail, and creates it only when neither is known. Two concurrent calls for a new payer may both create.
    /// </summary>
    public async Task<AsaasCustomer> FindOrCreateCustomerAsync(AsaasNewCustomer customer, CancellationToken cancellationToken) =>
        await FindCustomerAsync(customer.CpfCnpj, customer.Email, cancellationToken)
        ?? await CreateCustomerAsync(customer, cancellationToken);

    /// <summary>
    /// The charge created with this external reference, not deleted, or null. The reference is compared here as
    /// well, so a server that ignored the filter could not hand back someone else's charge.
    /// </summary>
    public async Task<AsaasPayment?> FindPaymentAsync(string externalReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalReference);
        var page = await SendAsync<AsaasWire.ListPage<AsaasWire.Payment>>(
            HttpMethod.Get, $"payments?externalReference={Uri.EscapeDataString(externalReference)}", null, cancellationToken);
        return page.Data?.FirstOrDefault(p => p.ExternalReference == externalReference && !p.Deleted)?.ToPayment();
    }

    /// <summary>
    /// Creates the charge once per <see cref="AsaasNewPayment.ExternalReference"/>. Asaas documents no idempotency
    /// header, so this follows its prescribed flow: look the reference up, reuse the charge found, and only otherwise
    /// POST. A creation that timed out or answered 5xx may have happened; calling this again finds it instead of
    /// charging twice. Callers serialise concurrent creations for one reference (the instance's lease does).
    /// </summary>
    public async Task<AsaasPayment> CreatePaymentAsync(AsaasNewPayment payment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payment.ExternalReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(payment.CustomerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payment.ValueCents);
        if (await FindPaymentAsync(payment.ExternalReference, cancellationToken) is { } existing)
        {
            return existing;
        }

        var body = new AsaasWire.NewPayment(
            payment.CustomerId,
            payment.BillingType.ToWire(),
            AsaasMoney.FromCents(payment.ValueCents),
            AsaasDates.ToWire(payment.DueDate),
            payment.Description,
            payment.ExternalReference);
        var created = await SendAsync<AsaasWire.Payment>(HttpMethod.Post, "payments", body, cancellationToken);
        return created.ToPayment();
    }

    /// <summary>The charge by its id (<c>pay_…</c>); a deleted one comes back with <see cref="AsaasPayment.Deleted"/> set.</summary>
    public async Task<AsaasPayment> GetPaymentAsync(string paymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        var payment = await SendAsync<AsaasWire.Payment>(HttpMethod.Get, $"payments/{Uri.EscapeDataString(paymentId)}", null, cancellationToken);
        return payment.ToPayment();
    }

    /// <summary>The Pix QR code of a PIX, BOLETO or UNDEFINED charge (Pix is enabled for all three).</summary>
    public async Task<AsaasPixQrCode> GetPixQrCodeAsync(string paymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        var path = $"payments/{Uri.EscapeDataString(paymentId)}/pixQrCode";
        var code = await SendAsync<AsaasWire.PixQrCode>(HttpMethod.Get, path, null, cancellationToken);
        if (string.IsNullOrEmpty(code.EncodedImage) || string.IsNullOrEmpty(code.Payload))
        {
            throw new AsaasException($"Asaas answered GET {path} without an encodedImage or payload.", System.Net.HttpStatusCode.OK, []);
        }

        return new AsaasPixQrCode(code.EncodedImage, code.Payload, AsaasDates.ParseDateTime(code.ExpirationDate));
    }

    private async Task<AsaasCustomer?> FirstCustomerAsync(string filter, string value, Func<AsaasCustomer, bool> matches, CancellationToken cancellationToken)
    {
        var page = await SendAsync<AsaasWire.ListPage<AsaasWire.Customer>>(
            HttpMethod.Get, $"customers?{filter}={Uri.EscapeDataString(value)}", null, cancellationToken);
        return page.Data?.Select(c => c.ToCustomer()).FirstOrDefault(matches);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        // A GET that carries a body is refused with 403 by Asaas's CDN, so only POSTs get content.
        using var request = new HttpRequestMessage(method, new Uri(account.BaseUrl, path));
        request.Headers.TryAddWithoutValidation(AccessTokenHeader, account.ApiKey);
        request.Headers.TryAddWithoutValidation("User-Agent", account.UserAgent);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await AsaasErrors.ReadAsync(response, $"{method} {path}", cancellationToken);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                    ?? throw new JsonException("The answer was null.");
            }
            catch (JsonException exception)
            {
                throw new AsaasException($"Asaas answered {method} {path} with a body that could not be read: {exception.Message}", response.StatusCode, [], inner: exception);
            }
        }
        catch (HttpRequestException exception)
        {
            throw new AsaasException($"Asaas could not be reached for {method} {path}: {exception.Message}", null, [], inner: exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AsaasException($"Asaas did not answer {method} {path} in time.", null, [], inner: exception);
        }
    }

    private static string Digits(string? text) => text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());
}
