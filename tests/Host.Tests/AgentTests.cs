using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

/// <summary>The <c>Agent</c> activity against the fake OpenAI server: tool calls on demand, a real knowledge space, workflow tools.</summary>
public sealed class AgentTests
{
    private const string Answer = "The premium plan costs R$ 99 per month (kb/pricing.md).";

    private static JsonObject AgentFlow(string id, JsonObject inputs, bool catchFailure = false)
    {
        inputs["system"] ??= "You are Luddy, a helpful SDR. Cite your sources.";
        inputs["user"] ??= Liquid("{{ input.question }}");
        var activities = new JsonArray(
            Activity("agent", "Agent", inputs),
            Activity("keep", "SetOutput", new JsonObject { ["name"] = "answer", ["value"] = Js("outputs.agent") }));
        var connections = new JsonArray(Connect("agent", "keep"));
        if (catchFailure)
        {
            activities.Add(Activity("keep-failure", "SetOutput", new JsonObject { ["name"] = "failure", ["value"] = Js("outputs.agent") }));
            connections.Add(Connect("agent", "keep-failure", "Failed"));
        }

        return Definition(id, activities, connections);
    }

    private static async Task<TestHost> HostWithModelAsync(FakeOpenAi model)
    {
        var host = new TestHost();
        await host.ConnectOpenAiAsync("default", model);
        return host;
    }

    /// <summary>Runs the workflow to its end (or fails the test with the instance's incidents).</summary>
    private static async Task<JsonObject> RunToEndAsync(TestHost host, string workflowId, JsonObject input)
    {
        var run = await host.RunAsync(workflowId, input, wait: 10);
        if (run["status"]!.GetValue<string>() != "Finished")
        {
            var instance = await host.GetInstanceAsync(run["instanceId"]!.GetValue<string>());
            Assert.Fail($"{workflowId} is {instance["status"]}: {instance["incidents"]?.ToJsonString()}");
        }

        return run;
    }

    private static async Task AddKnowledgeAsync(TestHost host, string space)
    {
        Assert.Equal(HttpStatusCode.Created, (await host.Api.PostAsJsonAsync("/api/rag/spaces", new { id = space, name = "Sales" })).StatusCode);
        foreach (var (title, text, source) in new[]
                 {
                     ("Pricing", "The premium plan costs R$ 99 per month and includes unlimited agents.", "kb/pricing.md"),
                     ("Refunds", "Refunds are possible within seven days of the purchase by e-mail to support.", "kb/refunds.md"),
                 })
        {
            var added = await host.Api.PostAsJsonAsync($"/api/rag/spaces/{space}/documents", new { title, text, source });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Agent_calls_knowledgeSearch_when_the_model_asks_answers_with_the_result_and_journals_the_call()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        await AddKnowledgeAsync(host, "sales-kb");
        model.AnswerWithToolCall("knowledgeSearch", new { query = "premium plan price", k = 1 });
        model.Answers.Enqueue(Answer);
        await host.PublishAsync(AgentFlow("luddy-kb", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "sales-kb" }));

        var run = await RunToEndAsync(host, "luddy-kb", new JsonObject { ["question"] = "How much is the premium plan?" });
        var answer = run["output"]!["answer"]!;
        Assert.Equal(Answer, answer["text"]!.GetValue<string>());
        Assert.Equal((1, 30, 0.025m), (answer["rounds"]!.GetValue<int>(), answer["usage"]!["totalTokens"]!.GetValue<int>(), answer["costUsd"]!.GetValue<decimal>()));
        var toolCall = answer["toolCalls"]!.AsArray().Single()!;
        Assert.Equal(("knowledgeSearch", "premium plan price"), (toolCall["name"]!.GetValue<string>(), toolCall["arguments"]!["query"]!.GetValue<string>()));

        // The model was offered the tool, then shown its result in the documented tool message.
        var (first, second) = (model.Requests.First(), model.Requests.Last());
        Assert.Equal(2, model.Requests.Count);
        var offered = first["tools"]!.AsArray().Single()!;
        Assert.Equal(("function", "knowledgeSearch"), (offered["type"]!.GetValue<string>(), offered["function"]!["name"]!.GetValue<string>()));
        Assert.NotNull(offered["function"]!["parameters"]!["properties"]!["query"]);
        var messages = second["messages"]!.AsArray();
        var asked = messages.Single(m => m!["role"]!.GetValue<string>() == "assistant")!["tool_calls"]![0]!;
        var told = messages.Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Equal(asked["id"]!.GetValue<string>(), told["tool_call_id"]!.GetValue<string>());
        var result = JsonNode.Parse(told["content"]!.GetValue<string>())!["chunks"]![0]!;
        Assert.Equal("kb/pricing.md", result["source"]!.GetValue<string>());
        Assert.Contains("R$ 99", result["chunk"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result["docId"]!.GetValue<string>()));

        var journal = await host.GetJournalAsync(run["instanceId"]!.GetValue<string>());
        var step = journal.Single(e => e!["event"]!.GetValue<string>() == "Step")!;
        Assert.Equal(("agent", "toolCall", "knowledgeSearch"), (step["activityId"]!.GetValue<string>(), step["outcome"]!.GetValue<string>(), step["inputs"]!["tool"]!.GetValue<string>()));
        Assert.Equal("premium plan price", step["inputs"]!["arguments"]!["query"]!.GetValue<string>());
        Assert.Equal("kb/pricing.md", step["outputs"]!["result"]!["chunks"]![0]!["source"]!.GetValue<string>());
        Assert.NotNull(step["durationMs"]);
        var completed = journal.Single(e => e!["activityId"]!.GetValue<string>() == "agent" && e["event"]!.GetValue<string>() == "Completed")!;
        Assert.True(step["seq"]!.GetValue<long>() < completed["seq"]!.GetValue<long>());
    }

    [Fact]
    public async Task Agent_looks_a_lead_up_in_the_crm_when_the_model_asks()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        var lead = await host.Api.PostAsJsonAsync("/api/leads", new { name = "Ana Souza", email = "ana@example.com", stage = "qualified", source = "instagram" });
        Assert.True(lead.IsSuccessStatusCode, await lead.Content.ReadAsStringAsync());
        model.AnswerWithToolCall("leadLookup", new { email = "ANA@example.com " });
        model.AnswerWithToolCall("leadLookup", new { phone = "+55 11 90000-0000" });
        model.Answers.Enqueue("Ana is qualified.");
        await host.PublishAsync(AgentFlow("luddy-crm", new JsonObject { ["tools"] = new JsonArray("leadLookup") }));

        var run = await RunToEndAsync(host, "luddy-crm", new JsonObject { ["question"] = "Who is ana@example.com?" });

        Assert.Equal("Ana is qualified.", run["output"]!["answer"]!["text"]!.GetValue<string>());
        var results = model.Requests.Last()["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() == "tool")
            .Select(m => JsonNode.Parse(m!["content"]!.GetValue<string>())!).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(("Ana Souza", "qualified"), (results[0]["lead"]!["name"]!.GetValue<string>(), results[0]["lead"]!["stage"]!.GetValue<string>()));
        Assert.False(results[1]["found"]!.GetValue<bool>()); // an unknown phone is "not found", not an invented lead
        var steps = (await host.GetJournalAsync(run["instanceId"]!.GetValue<string>())).Where(e => e!["event"]!.GetValue<string>() == "Step").ToList();
        Assert.All(steps, step => Assert.Equal("leadLookup", step!["inputs"]!["tool"]!.GetValue<string>()));
        Assert.Equal(2, steps.Count);
    }

    [Fact]
    public async Task An_agent_run_streams_the_tool_call_and_then_the_answer_tokens()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        await AddKnowledgeAsync(host, "stream-kb");
        model.AnswerWithToolCall("knowledgeSearch", new { query = "refunds" });
        model.Answers.Enqueue(Answer);
        await host.PublishAsync(AgentFlow("luddy-kb-stream", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "stream-kb" }));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agents/luddy-kb-stream/run") { Content = JsonContent.Create(new { input = new { question = "Can I get a refund?" } }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await host.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        var kinds = events.Select(e => e.Kind).ToList();
        var tool = events.Single(e => e.Kind == "tool").Data;
        Assert.Equal(("agent", "knowledgeSearch", 1), (tool["activityId"]!.GetValue<string>(), tool["tool"]!.GetValue<string>(), tool["round"]!.GetValue<int>()));
        Assert.Contains("kb/refunds.md", tool["result"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(kinds.IndexOf("tool") < kinds.IndexOf("token"), "the tool ran before the answer streamed");
        Assert.Equal(Answer, string.Concat(events.Where(e => e.Kind == "token").Select(e => e.Data["text"]!.GetValue<string>())));
        Assert.Equal("done", kinds[^1]);
        Assert.Equal(30, events[^1].Data["tokensUsed"]!.GetValue<long>());
        Assert.All(model.Requests, r => Assert.True(r["stream"]!.GetValue<bool>())); // the tool call came as streamed deltas
        Assert.Equal("refunds", JsonNode.Parse(model.Requests.Last()["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "assistant")!["tool_calls"]![0]!["function"]!["arguments"]!.GetValue<string>())!["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_workflow_marked_as_a_tool_runs_with_the_models_arguments_and_its_output_is_the_result()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        var quote = Definition("quote-plan",
            [
                Activity("price", "SetOutput", new JsonObject { ["name"] = "priceCents", ["value"] = Js("input.plan === 'premium' ? 9900 : 4900") }),
                Activity("name", "SetOutput", new JsonObject { ["name"] = "plan", ["value"] = Js("input.plan") }),
            ],
            [Connect("price", "name")]);
        quote["inputs"] = new JsonArray(new JsonObject { ["name"] = "plan", ["type"] = "string", ["required"] = true, ["description"] = "premium or basic" });
        quote["tool"] = new JsonObject { ["name"] = "quote_plan", ["description"] = "Quotes the monthly price of a plan in cents." };
        await host.PublishAsync(quote);
        model.AnswerWithToolCall("quote_plan", new { plan = "premium" });
        model.Answers.Enqueue("Premium is R$ 99.00 a month.");
        await host.PublishAsync(AgentFlow("luddy-quote", new JsonObject { ["tools"] = new JsonArray("workflow:quote-plan") }));

        var answer = (await RunToEndAsync(host, "luddy-quote", new JsonObject { ["question"] = "Price of premium?" }))["output"]!["answer"]!;
        Assert.Equal("Premium is R$ 99.00 a month.", answer["text"]!.GetValue<string>());

        var function = model.Requests.First()["tools"]![0]!["function"]!;
        Assert.Equal(("quote_plan", "Quotes the monthly price of a plan in cents."), (function["name"]!.GetValue<string>(), function["description"]!.GetValue<string>()));
        Assert.Equal("string", function["parameters"]!["properties"]!["plan"]!["type"]!.GetValue<string>());
        Assert.Equal("plan", function["parameters"]!["required"]![0]!.GetValue<string>());
        var told = model.Requests.Last()["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        var output = JsonNode.Parse(told["content"]!.GetValue<string>())!;
        Assert.Equal((9900, "premium"), (output["priceCents"]!.GetValue<int>(), output["plan"]!.GetValue<string>()));

        var children = (await host.Api.GetFromJsonAsync<JsonObject>("/api/instances?workflowId=quote-plan"))!;
        Assert.Equal("Finished", children["items"]!.AsArray().Single()!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_model_that_keeps_calling_tools_past_maxRounds_fails_the_agent_with_what_it_did()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        await AddKnowledgeAsync(host, "loop-kb");
        for (var i = 0; i < 10; i++)
        {
            model.AnswerWithToolCall("knowledgeSearch", new { query = $"attempt {i}" });
        }

        await host.PublishAsync(AgentFlow("luddy-loops", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "loop-kb", ["maxRounds"] = 2 }, catchFailure: true));

        var run = await RunToEndAsync(host, "luddy-loops", new JsonObject { ["question"] = "Anything?" });
        var failure = run["output"]!["failure"]!;
        Assert.Contains("after 2 rounds of tool calls (maxRounds)", failure["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((2, 2), (failure["rounds"]!.GetValue<int>(), failure["toolCalls"]!.AsArray().Count));
        Assert.Equal(45, failure["usage"]!["totalTokens"]!.GetValue<int>()); // the three requests made are counted
        Assert.Equal(3, model.Requests.Count); // two rounds of tool calls, then the answer that asked for more

        var journal = await host.GetJournalAsync(run["instanceId"]!.GetValue<string>());
        Assert.Equal(2, journal.Count(e => e!["event"]!.GetValue<string>() == "Step"));
        Assert.Contains(journal, e => e!["activityId"]!.GetValue<string>() == "agent" && e["event"]!.GetValue<string>() == "Faulted" && e["outcome"]?.GetValue<string>() == "Failed");
    }

    [Fact]
    public async Task Unknown_tools_are_refused_on_save_and_at_run_time_before_any_model_call()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);

        foreach (var (tool, expected) in new[] { ("crystalBall", "Unknown tool 'crystalBall'"), ("workflow:Not A Slug", "Unknown tool") })
        {
            var saved = await host.Api.PutAsJsonAsync("/api/workflows/bad-agent", AgentFlow("bad-agent", new JsonObject { ["tools"] = new JsonArray(tool) }));
            Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
            var error = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Single()!;
            Assert.Equal("activities[0].inputs.tools", error["path"]!.GetValue<string>());
            Assert.Contains(expected, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var noSpace = await host.Api.PutAsJsonAsync("/api/workflows/bad-agent", AgentFlow("bad-agent", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch") }));
        Assert.Contains("activities[0].inputs.space", await noSpace.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Computed at run time, the same names fail the activity with the same message.
        await host.PublishAsync(Definition("plain", [Activity("log", "Log", new JsonObject { ["message"] = "hi" })], []));
        foreach (var (tools, expected) in new[] { ("['crystalBall']", "Unknown tool 'crystalBall'"), ("['workflow:plain']", "workflow 'plain' is not marked as a tool"), ("['workflow:ghost']", "workflow 'ghost' has no published version") })
        {
            var id = $"agent-{tools.Trim('[', ']', '\'').Replace(':', '-').ToLowerInvariant()}";
            await host.PublishAsync(AgentFlow(id, new JsonObject { ["tools"] = Js(tools) }));
            var instanceId = (await host.RunAsync(id, new JsonObject { ["question"] = "?" }))["instanceId"]!.GetValue<string>();
            var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
            Assert.Contains(expected, faulted["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task Every_round_goes_through_the_fallback_connections()
    {
        await using var primary = await FakeOpenAi.StartAsync();
        await using var backup = await FakeOpenAi.StartAsync();
        primary.FailNext(100, 503);
        using var host = new TestHost();
        await host.ConnectOpenAiAsync("backup", backup);
        await host.ConnectOpenAiAsync("default", primary, "backup");
        await AddKnowledgeAsync(host, "fallback-kb");
        backup.AnswerWithToolCall("knowledgeSearch", new { query = "premium" });
        backup.Answers.Enqueue(Answer);
        await host.PublishAsync(AgentFlow("luddy-fallback", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "fallback-kb" }));

        var answer = (await RunToEndAsync(host, "luddy-fallback", new JsonObject { ["question"] = "Premium?" }))["output"]!["answer"]!;
        Assert.Equal((Answer, "backup"), (answer["text"]!.GetValue<string>(), answer["connection"]!.GetValue<string>()));
        Assert.Equal(2, answer["failedOver"]!.AsArray().Count); // the primary was tried, and failed, in both rounds
        Assert.Equal((2, 2), (primary.Requests.Count, backup.Requests.Count));
    }

    [Fact]
    public async Task The_budget_is_checked_before_every_round()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        await AddKnowledgeAsync(host, "budget-kb");
        var plan = await host.Api.PutAsJsonAsync("/api/tenants/default/plan", new { dailyLlmTokens = 10 });
        Assert.True(plan.IsSuccessStatusCode, await plan.Content.ReadAsStringAsync());
        model.AnswerWithToolCall("knowledgeSearch", new { query = "premium" });
        model.Answers.Enqueue(Answer);
        await host.PublishAsync(AgentFlow("luddy-budget", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "budget-kb" }, catchFailure: true));

        var failure = (await RunToEndAsync(host, "luddy-budget", new JsonObject { ["question"] = "Premium?" }))["output"]!["failure"]!;
        Assert.StartsWith("BudgetExceeded", failure["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(model.Requests); // the first round spent the day's 10 tokens: the second was not sent
        Assert.Equal(("knowledgeSearch", 15), (failure["toolCalls"]![0]!["name"]!.GetValue<string>(), failure["usage"]!["totalTokens"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_knowledge_space_that_does_not_exist_fails_the_agent_at_its_first_search()
    {
        await using var model = await FakeOpenAi.StartAsync();
        using var host = await HostWithModelAsync(model);
        model.AnswerWithToolCall("knowledgeSearch", new { query = "premium" });
        await host.PublishAsync(AgentFlow("luddy-nowhere", new JsonObject { ["tools"] = new JsonArray("knowledgeSearch"), ["space"] = "nowhere" }));

        var instanceId = (await host.RunAsync("luddy-nowhere", new JsonObject { ["question"] = "Premium?" }))["instanceId"]!.GetValue<string>();
        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("Knowledge space 'nowhere' does not exist", faulted["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(model.Requests); // the model is not asked to carry on without its knowledge
        var step = (await host.GetJournalAsync(instanceId)).Single(e => e!["event"]!.GetValue<string>() == "Step")!;
        Assert.Contains("does not exist", step["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
