using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// The Marketing API calls the ads activities make, on a typed <see cref="HttpClient"/> (its resilience pipeline set
/// where it is registered). The account travels with each call, not on the client, because accounts are per tenant.
/// Lists follow <c>paging.next</c>, but only on the connection's own host: the token must not go anywhere else.
/// </summary>
internal sealed class MetaAdsClient(HttpClient http)
{
    public const string InsightFields = "campaign_id,campaign_name,impressions,clicks,spend,actions,action_values,account_currency,date_start,date_stop";
    public const string CampaignFields = "id,name,status,daily_budget";

    /// <summary>A bound on pages, so a server that always answers a next page cannot keep a run going forever.</summary>
    private const int MaxPages = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public Task<IReadOnlyList<MetaWire.Insight>> ListInsightsAsync(MetaAdsAccount account, string datePreset, CancellationToken cancellationToken) =>
        ListAsync<MetaWire.Insight>(account,
            $"act_{account.AccountId}/insights?level=campaign&fields={InsightFields}&date_preset={Uri.EscapeDataString(datePreset)}", cancellationToken);

    public Task<IReadOnlyList<MetaWire.Campaign>> ListCampaignsAsync(MetaAdsAccount account, CancellationToken cancellationToken) =>
        ListAsync<MetaWire.Campaign>(account, $"act_{account.AccountId}/campaigns?fields={CampaignFields}&limit=200", cancellationToken);

    public async Task<MetaWire.Campaign> GetCampaignAsync(MetaAdsAccount account, string campaignId, CancellationToken cancellationToken)
    {
        var path = $"{Uri.EscapeDataString(campaignId)}?fields=id,name,daily_budget";
        return await SendAsync<MetaWire.Campaign>(account, HttpMethod.Get, account.Url(path), null, cancellationToken);
    }

    /// <summary>Sets the campaign's daily budget (minor units): a form POST to the campaign, answered <c>{ success: true }</c>.</summary>
    public async Task SetDailyBudgetAsync(MetaAdsAccount account, string campaignId, long dailyBudgetCents, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent([new("daily_budget", dailyBudgetCents.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var answer = await SendAsync<MetaWire.Updated>(account, HttpMethod.Post, account.Url(Uri.EscapeDataString(campaignId)), form, cancellationToken);
        if (!answer.Success)
        {
            throw new MetaAdsException($"Meta answered POST {campaignId} (daily_budget={dailyBudgetCents}) without success: true; the budget may be unchanged.", System.Net.HttpStatusCode.OK);
        }
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(MetaAdsAccount account, string firstPage, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        Uri? url = account.Url(firstPage);
        for (var page = 1; url is not null; page++)
        {
            if (page > MaxPages)
            {
                throw new MetaAdsException($"Meta kept answering next pages for {firstPage.Split('?')[0]}; stopped after {MaxPages}.", null);
            }

            var answer = await SendAsync<MetaWire.Page<T>>(account, HttpMethod.Get, url, null, cancellationToken);
            items.AddRange(answer.Data ?? []);
            url = NextPage(account, answer.Paging?.Next);
        }

        return items;
    }

    private static Uri? NextPage(MetaAdsAccount account, string? next)
    {
        if (string.IsNullOrEmpty(next))
        {
            return null;
        }

        return Uri.TryCreate(next, UriKind.Absolute, out var url)
               && url.Scheme == account.BaseUrl.Scheme && string.Equals(url.Authority, account.BaseUrl.Authority, StringComparison.OrdinalIgnoreCase)
            ? url
            : throw new MetaAdsException($"Meta's paging.next points away from {account.BaseUrl.Authority} ('{next}'); it was not followed, so the access token stays with Meta.", null);
    }

    private async Task<T> SendAsync<T>(MetaAdsAccount account, HttpMethod method, Uri url, HttpContent? content, CancellationToken cancellationToken)
    {
        var call = $"{method} {url.AbsolutePath}";
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new("Bearer", account.AccessToken);
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await MetaErrors.ReadAsync(response, call, cancellationToken);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new JsonException("The answer was null.");
            }
            catch (JsonException exception)
            {
                throw new MetaAdsException($"Meta answered {call} with a body that could not be read: {exception.Message}", response.StatusCode, inner: exception);
            }
        }
        catch (HttpRequestException exception)
        {
            throw new MetaAdsException($"Meta could not be reached for {call}: {exception.Message}", null, inner: exception);
        }
        catch (Exception exception) when (exception is TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new MetaAdsException($"Meta did not answer {call} in time.", null, inner: exception);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException exception)
        {
            throw new MetaAdsException($"Calls to {url.Authority} are paused after repeated failures; {call} was not sent.", null, inner: exception);
        }
    }
}
