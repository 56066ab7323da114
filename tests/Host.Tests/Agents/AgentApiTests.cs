using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Agents.AgentWorld;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>The agents of <c>workflows/</c> called as an API (<c>POST /api/agents/{id}/run</c>): their output with what the run cost, or streamed.</summary>
public sealed class AgentApiTests
{
    [Fact]
    public async Task Clio_RunAsAnAgent_AnswersItsCreativesWithTheExecutionLatencyTokensAndCost()
    {
        await using var world = await AgentWorld.StartAsync();

        var response = await world.Api.PostAsJsonAsync("/api/agents/copy-clio/run", new { input = new { brief = "Launch the annual plan", campaignId = "camp-api" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Finished", Text(run, "status"));
        Assert.Equal(["A", "B", "C"], run["output"]!["creatives"]!.AsArray().Select(c => Text(c!, "abBucket")));
        Assert.All(run["output"]!["creatives"]!.AsArray(), c => Assert.Equal("camp-api", Text(c!, "campaignId")));
        Assert.Equal((45L, 0.0375m), (run["tokensUsed"]!.GetValue<long>(), run["costUsd"]!.GetValue<decimal>())); // three calls of 15 tokens
        Assert.True(run["latencyMs"]!.GetValue<double>() > 0);
        Assert.Equal("copy-clio", Text(await world.Host.GetInstanceAsync(Text(run, "executionId")), "workflowId"));
    }

    [Fact]
    public async Task Luddy_RunAsAnAgentWithEventStream_StreamsTheAnswerTokensThenItsOutputAndTheFigures()
    {
        await using var world = await AgentWorld.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agents/sdr-luddy/run")
        {
            Content = JsonContent.Create(new { input = new { message = "How much does Acme Pro cost?", email = "ana@example.com", channel = "chat" } }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await world.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        var kinds = events.Select(e => e.Kind).ToList();
        Assert.Equal(["output", "done"], kinds[^2..]);
        var reply = Text(events[^2].Data, "reply");
        Assert.Contains(AgentWorld.PricingFact, reply, StringComparison.Ordinal);
        Assert.Contains(AgentWorld.PricingFact, string.Concat(events.Where(e => e.Kind == "token").Select(e => Text(e.Data, "text"))), StringComparison.Ordinal);
        Assert.Equal(AgentWorld.PricingSource, Assert.Single(events[^2].Data["conversation"]!["sources"]!.AsArray())!.GetValue<string>());
        Assert.Equal(30L, events[^1].Data["tokensUsed"]!.GetValue<long>()); // the answer and the intent
    }
}
