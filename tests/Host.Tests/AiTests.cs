using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>LLM activities against an OpenAI-compatible server on loopback, each test on a host of its own (connections are per tenant).</summary>
public sealed class AiTests
{
    private static JsonObject Ask(string id, JsonObject? extra = null)
    {
        var inputs = new JsonObject
        {
            ["system"] = "You are Luddy, a helpful SDR.",
            ["user"] = Liquid("Hello, I am {{ input.name }}"),
        };
        foreach (var (name, value) in extra ?? [])
        {
            inputs[name] = value?.DeepClone();
        }

        return Definition(id,
            [
                Activity("ask", "ChatCompletion", inputs),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "answer", ["value"] = Js("outputs.ask") }),
            ],
            [Connect("ask", "keep")]);
    }

    [Fact]
    public async Task ChatCompletion_renders_its_prompt_and_returns_text_usage_and_cost()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        await host.PublishAsync(Ask("ask-luddy"));

        var run = await host.RunAsync("ask-luddy", new JsonObject { ["name"] = "Ana" }, wait: 10);
        var answer = run["output"]!["answer"]!;
        Assert.Equal("echo: Hello, I am Ana", answer["text"]!.GetValue<string>());
        Assert.Equal((10, 5, 15), (answer["usage"]!["inputTokens"]!.GetValue<int>(), answer["usage"]!["outputTokens"]!.GetValue<int>(), answer["usage"]!["totalTokens"]!.GetValue<int>()));
        Assert.Equal(0.0125m, answer["costUsd"]!.GetValue<decimal>()); // 10 × 0.5/1k + 5 × 1.5/1k
        Assert.Equal("default", answer["connection"]!.GetValue<string>());

        var sent = Assert.Single(model.Requests);
        Assert.Equal("default-model", sent["model"]!.GetValue<string>());
        Assert.Equal("system", sent["messages"]![0]!["role"]!.GetValue<string>());

        var usage = (await host.Api.GetFromJsonAsync<JsonObject>("/api/usage"))!;
        Assert.Equal(15, usage["llmTokens"]!.GetValue<long>());
        Assert.Equal(0.0125m, usage["llmCostUsd"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_failing_connection_falls_back_to_the_next_and_the_journal_says_which()
    {
        await using var primary = await FakeOpenAi.StartAsync();
        await using var backup = await FakeOpenAi.StartAsync();
        primary.FailNext(100, 503);
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("backup", backup);
        await host.ConnectOpenAiAsync("default", primary, "backup");
        await host.PublishAsync(Ask("ask-with-fallback"));

        var run = await host.RunAsync("ask-with-fallback", new JsonObject { ["name"] = "Bia" }, wait: 10);
        var answer = run["output"]!["answer"]!;
        Assert.Equal("backup", answer["connection"]!.GetValue<string>());
        Assert.Contains("default: HTTP 503", answer["failedOver"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(primary.Requests); // no client-side retries: the fallback list is the retry policy
        Assert.Single(backup.Requests);

        var journal = await host.GetJournalAsync(run["instanceId"]!.GetValue<string>());
        var completed = journal.Single(e => e!["activityId"]!.GetValue<string>() == "ask" && e["event"]!.GetValue<string>() == "Completed")!;
        Assert.Equal("backup", completed["outputs"]!["connection"]!.GetValue<string>());
    }

    [Fact]
    public async Task Json_answers_are_parsed_and_repaired_once()
    {
        await using var model = await FakeOpenAi.StartAsync();
        model.Answers.Enqueue("Sure! {\"score\": 8");
        model.Answers.Enqueue("{\"score\": 8, \"stage\": \"qualified\"}");
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        await host.PublishAsync(Ask("qualify", new JsonObject { ["responseFormat"] = "json" }));

        var answer = (await host.RunAsync("qualify", new JsonObject { ["name"] = "Caio" }, wait: 10))["output"]!["answer"]!;
        Assert.Equal("qualified", answer["json"]!["stage"]!.GetValue<string>());
        Assert.Equal(30, answer["usage"]!["totalTokens"]!.GetValue<int>()); // both calls count
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal("json_object", model.Requests.First()["response_format"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_tenant_over_its_daily_budget_gets_BudgetExceeded_and_no_call_is_made()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        var plan = await host.Api.PutAsJsonAsync("/api/tenants/default/plan", new { dailyLlmTokens = 10, maxTokensPerCall = 200 });
        Assert.True(plan.IsSuccessStatusCode, await plan.Content.ReadAsStringAsync());
        await host.PublishAsync(Ask("ask-on-budget", new JsonObject { ["maxTokens"] = 100 }));
        await host.PublishAsync(Ask("ask-too-much", new JsonObject { ["maxTokens"] = 500 }));

        Assert.Equal("Finished", (await host.RunAsync("ask-on-budget", new JsonObject { ["name"] = "Eva" }, wait: 10))["status"]!.GetValue<string>());
        var over = (await host.RunAsync("ask-on-budget", new JsonObject { ["name"] = "Eva" }, wait: 10))["instanceId"]!.GetValue<string>();
        var refused = await host.WaitForStatusAsync(over, "Faulted");
        Assert.StartsWith("BudgetExceeded", refused["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var tooBig = (await host.RunAsync("ask-too-much", new JsonObject { ["name"] = "Eva" }, wait: 10))["instanceId"]!.GetValue<string>();
        Assert.Contains("at most 200 output tokens", (await host.WaitForStatusAsync(tooBig, "Faulted"))["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task Classify_picks_one_of_the_labels_and_ExtractData_returns_the_object()
    {
        await using var model = await FakeOpenAi.StartAsync();
        model.Answers.Enqueue("{\"label\": \"HOT\", \"confidence\": 0.92}");
        model.Answers.Enqueue("{\"name\": \"Ana\"}");
        model.Answers.Enqueue("{\"name\": \"Ana\", \"email\": \"ana@example.com\"}");
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["name"] = new JsonObject { ["type"] = "string" }, ["email"] = new JsonObject { ["type"] = "string" } },
            ["required"] = new JsonArray("name", "email"),
        };
        await host.PublishAsync(Definition("triage-lead",
            [
                Activity("temperature", "Classify", new JsonObject { ["text"] = Js("input.message"), ["labels"] = new JsonArray("hot", "warm", "cold") }),
                Activity("contact", "ExtractData", new JsonObject { ["text"] = Js("input.message"), ["schema"] = schema }),
                Activity("keep", "SetOutput", new JsonObject { ["name"] = "lead", ["value"] = Js("({ label: outputs.temperature.label, confidence: outputs.temperature.confidence, contact: outputs.contact.data })") }),
            ],
            [Connect("temperature", "contact"), Connect("contact", "keep")]));

        var lead = (await host.RunAsync("triage-lead", new JsonObject { ["message"] = "I'm Ana (ana@example.com), I want to buy today" }, wait: 10))["output"]!["lead"]!;
        Assert.Equal("hot", lead["label"]!.GetValue<string>()); // the list's spelling, whatever the model's case
        Assert.Equal(0.92, lead["confidence"]!.GetValue<double>());
        Assert.Equal("ana@example.com", lead["contact"]!["email"]!.GetValue<string>()); // after one repair for the missing email
        Assert.Equal(3, model.Requests.Count);
        Assert.Equal("json_schema", model.Requests.Last()["response_format"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_agent_run_streams_activities_and_tokens_in_order_before_done()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        await host.PublishAsync(Ask("luddy-stream"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agents/luddy-stream/run") { Content = JsonContent.Create(new { input = new { name = "Gil" } }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await host.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        var kinds = events.Select(e => e.Kind).ToList();
        Assert.Equal("done", kinds[^1]);
        Assert.Equal("output", kinds[^2]);
        var tokens = events.Where(e => e.Kind == "token").Select(e => e.Data["text"]!.GetValue<string>()).ToList();
        Assert.Equal("echo: Hello, I am Gil", string.Concat(tokens));
        Assert.True(tokens.Count >= 5, "the answer arrived in pieces");
        Assert.True(kinds.IndexOf("token") > kinds.IndexOf("activity"), "the activity started before its tokens");
        Assert.Contains(events, e => e.Kind == "activity" && e.Data["activityId"]!.GetValue<string>() == "ask" && e.Data["event"]!.GetValue<string>() == "Completed");

        var done = events[^1].Data;
        Assert.Equal((15L, 0.0125m), (done["tokensUsed"]!.GetValue<long>(), done["costUsd"]!.GetValue<decimal>()));
        Assert.False(string.IsNullOrEmpty(done["executionId"]!.GetValue<string>()));
        Assert.True(model.Requests.Single()["stream"]!.GetValue<bool>());

        var plain = (await (await host.Api.PostAsJsonAsync("/api/agents/luddy-stream/run", new { input = new { name = "Gil" } })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Finished", plain["status"]!.GetValue<string>());
        Assert.Equal(15, plain["tokensUsed"]!.GetValue<long>());
    }

    [Fact]
    public async Task Without_a_connection_the_activity_fails_saying_how_to_configure_one()
    {
        using var host = new TestHost();
        await host.PublishAsync(Ask("ask-nobody"));
        var instanceId = (await host.RunAsync("ask-nobody", new JsonObject { ["name"] = "Duda" }))["instanceId"]!.GetValue<string>();
        var instance = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("PUT /api/connections/default", instance["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
