using System.Net.Http.Json;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;
using WorkflowPlatform.Host.Tests.Ads;
using WorkflowPlatform.Host.Tests.Payments;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>
/// The real host with the repository's <c>workflows/</c> loaded at start, and every outside service the agents reach
/// as a loopback fake: the LLM (playing <see cref="AgentModel"/>), Asaas, Stripe, SMTP and the Meta ads API, each a tenant connection
/// named <c>default</c>; and the knowledge spaces the agents read (<c>sales</c> for Luddy, <c>brand</c> for Clio).
/// </summary>
internal sealed partial class AgentWorld : IAsyncDisposable
{
    public const string PricingSource = "kb/pricing.md";
    public const string PricingFact = "Acme Pro costs R$ 499 per year and includes unlimited agents.";

    [GeneratedRegex(@"https?://[^\s""<>]+/nps/[A-Za-z0-9_-]{43}")]
    public static partial Regex SurveyLink();

    private AgentWorld(TestHost host, FakeOpenAi llm, FakeAsaas asaas, FakeStripe stripe, FakeSmtpServer smtp, FakeMetaAds meta) =>
        (Host, Llm, Asaas, Stripe, Smtp, Meta) = (host, llm, asaas, stripe, smtp, meta);

    public TestHost Host { get; }

    public FakeOpenAi Llm { get; }

    public FakeAsaas Asaas { get; }

    public FakeStripe Stripe { get; }

    public FakeSmtpServer Smtp { get; }

    public FakeMetaAds Meta { get; }

    public HttpClient Api => Host.Api;

    public static async Task<AgentWorld> StartAsync()
    {
        var llm = await FakeOpenAi.StartAsync();
        llm.Respond = AgentModel.Respond;
        var world = new AgentWorld(new TestHost(new() { ["Workflows:Path"] = Repository.WorkflowsFolder }), llm,
            await FakeAsaas.StartAsync(), await FakeStripe.StartAsync(), await FakeSmtpServer.StartAsync(), await FakeMetaAds.StartAsync());
        await world.Host.ConnectOpenAiAsync("default", llm);
        await AsaasFlows.ConnectAsync(world.Api, world.Asaas);
        await StripeFlows.ConnectAsync(world.Api, world.Stripe);
        await world.ConnectSmtpAsync();
        await AdsFlows.ConnectAsync(world.Api, world.Meta, "default");
        await world.AddKnowledgeAsync("sales", ("Pricing", PricingFact, PricingSource), ("Refunds", "Refunds are possible within seven days of the purchase.", "kb/refunds.md"));
        await world.AddKnowledgeAsync("brand", ("Voice", "Acme speaks warmly and plainly to small business owners; it never shouts.", "brand/voice.md"));
        return world;
    }

    /// <summary>The string at <paramref name="name"/> of a JSON answer.</summary>
    public static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    /// <summary>A client with the admin key of a new tenant: what another customer of the deployment sees.</summary>
    public async Task<HttpClient> OtherTenantAsync(string id)
    {
        var tenant = await Api.PostAsJsonAsync("/api/tenants", new { id, name = id });
        Assert.True(tenant.IsSuccessStatusCode, await tenant.Content.ReadAsStringAsync());
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Text((await tenant.Content.ReadFromJsonAsync<JsonObject>())!["adminKey"]!, "key"));
        return client;
    }

    /// <summary>What a channel (WhatsApp, a web chat) POSTs to Luddy's HTTP trigger; <paramref name="route"/> for a tenant's copy.</summary>
    public async Task<JsonObject> SendToLuddyAsync(object message, string route = "/workflows/sdr/inbound")
    {
        using var channel = Host.CreateClient();
        var response = await channel.PostAsJsonAsync(route, message);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{route} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonArray> ThreadAsync(string threadId) =>
        (await Api.GetFromJsonAsync<JsonObject>($"/api/threads/{threadId}/messages?limit=100"))!["items"]!.AsArray();

    public async Task<JsonObject> LeadAsync(string leadId) => (await Api.GetFromJsonAsync<JsonObject>($"/api/leads/{leadId}"))!;

    /// <summary>The one instance of the workflow in the status, once there is one.</summary>
    public async Task<JsonObject> SingleInstanceAsync(string workflowId, string status)
    {
        var items = await Polling.UntilAsync(
            async () => (await Api.GetFromJsonAsync<JsonObject>($"/api/instances?workflowId={workflowId}&status={status}"))!["items"]!.AsArray(),
            list => list.Count > 0, 20, $"a {status} {workflowId} instance");
        return await Host.GetInstanceAsync(Assert.Single(items)!["id"]!.GetValue<string>());
    }

    /// <summary>A customer whose deal was won at <paramref name="wonAt"/> (in the past, as time has passed); returns the lead's id.</summary>
    public async Task<string> WonCustomerAsync(string name, string email, string dealId, DateTimeOffset wonAt)
    {
        var lead = await Api.PostAsJsonAsync("/api/leads", new { name, email, stage = "customer" });
        Assert.True(lead.IsSuccessStatusCode, await lead.Content.ReadAsStringAsync());
        var leadId = (await lead.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await Host.Services.GetRequiredService<CrmStore>().CreateDealAsync(new DealRow
        {
            TenantId = "default", Id = dealId, LeadId = leadId, Title = "Acme Pro", ValueCents = 49_900, Currency = "BRL", Stage = "won", WonAt = wonAt,
        }, CancellationToken.None);
        return leadId;
    }

    /// <summary>The survey e-mails the next <paramref name="count"/> messages carry, by recipient: the link in each.</summary>
    public async Task<Dictionary<string, string>> SurveyLinksAsync(int count)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var mail = await Smtp.NextAsync();
            links[mail.To.Mailboxes.Single().Address] = SurveyLink().Match(mail.TextBody ?? "").Value;
        }

        return links;
    }

    /// <summary>Answers the survey page as the customer's browser does (a form POST, no API key).</summary>
    public async Task<HttpResponseMessage> AnswerSurveyAsync(string link, int score, string comment)
    {
        using var browser = Host.CreateClient();
        return await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = link[(link.LastIndexOf('/') + 1)..], ["score"] = score.ToString(CultureInfo.InvariantCulture), ["comment"] = comment,
        }));
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Llm.DisposeAsync();
        await Asaas.DisposeAsync();
        await Stripe.DisposeAsync();
        await Smtp.DisposeAsync();
        await Meta.DisposeAsync();
    }

    private async Task ConnectSmtpAsync()
    {
        Assert.True((await Api.PostAsJsonAsync("/api/secrets", new { name = "smtp-password", value = FakeSmtpServer.Password })).IsSuccessStatusCode);
        var put = await Api.PutAsJsonAsync("/api/connections/default", new JsonObject
        {
            ["kind"] = "smtp", ["host"] = "127.0.0.1", ["port"] = Smtp.Port, ["username"] = FakeSmtpServer.User,
            ["secret"] = "smtp-password", ["from"] = "Acme <hello@acme.test>", ["useTls"] = false,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    private async Task AddKnowledgeAsync(string space, params (string Title, string Text, string Source)[] documents)
    {
        var created = await Api.PostAsJsonAsync("/api/rag/spaces", new { id = space, name = space });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        foreach (var (title, text, source) in documents)
        {
            var added = await Api.PostAsJsonAsync($"/api/rag/spaces/{space}/documents", new { title, text, source });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
    }
}
