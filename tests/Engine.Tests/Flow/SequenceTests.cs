using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Engine.Tests.Flow;

public sealed class SequenceTests
{
    private const string Order = """
    {
      "id": "order", "inputs": [ { "name": "qty", "type": "number", "required": true }, { "name": "price", "type": "number", "required": true } ],
      "activities": [
        { "id": "total", "type": "SetVariable", "inputs": { "name": "total", "value": { "$js": "input.qty * input.price" } } },
        { "id": "big", "type": "If", "inputs": { "condition": { "$js": "vars.total > 100" } } },
        { "id": "high", "type": "SetOutput", "inputs": { "name": "route", "value": { "$liquid": "high:{{ vars.total }}" } } },
        { "id": "low", "type": "SetOutput", "inputs": { "name": "route", "value": "low" } }
      ],
      "connections": [
        { "from": "total", "to": "big" },
        { "from": "big", "port": "True", "to": "high" },
        { "from": "big", "port": "False", "to": "low" }
      ]
    }
    """;

    [Theory]
    [InlineData(3, 50, "high:150")]
    [InlineData(2, 10, "low")]
    public async Task Run_SetVariableThenIf_TakesThePortTheConditionChooses(int qty, int price, string expected)
    {
        var run = await new EngineHarness().StartAsync(Order, new JsonObject { ["qty"] = qty, ["price"] = price });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(expected, run.Instance.State.Output["route"]!.GetValue<string>());
        Assert.Equal(qty * price, run.Instance.State.Variables["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Run_Sequence_JournalsStartedAndCompletedWithOutcomeInOrder()
    {
        var run = await new EngineHarness().StartAsync(Order, new JsonObject { ["qty"] = 3, ["price"] = 50 });

        var lines = run.Journal.Select(e => $"{e.ActivityId}:{e.Event}:{e.Outcome}").ToList();
        Assert.Equal(["total:Started:", "total:Completed:Done", "big:Started:", "big:Completed:True", "high:Started:", "high:Completed:Done"], lines);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), run.Journal.Select(e => e.Seq));
    }

    [Fact]
    public async Task Start_MissingRequiredInput_IsRefusedWithItsName()
    {
        var error = await Assert.ThrowsAsync<WorkflowRunException>(() => new EngineHarness().StartAsync(Order, new JsonObject { ["qty"] = 1 }));

        Assert.Contains("price", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LoopWithoutExit_FaultsAtMaxSteps()
    {
        const string loop = """
        { "id": "spin", "options": { "maxSteps": 50 },
          "activities": [ { "id": "again", "type": "If", "inputs": { "condition": true } } ],
          "connections": [ { "from": "again", "port": "True", "to": "again" } ] }
        """;

        var run = await new EngineHarness().StartAsync(loop);

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("maxSteps", run.Instance.State.Incidents.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RunawayExpression_FaultsItsActivityWithinTheTimeLimit()
    {
        const string runaway = """
        { "id": "runaway", "activities": [ { "id": "spin", "type": "SetVariable", "inputs": { "name": "x", "value": { "$js": "while(true){}" } } } ] }
        """;
        var harness = new EngineHarness(new Expressions.ExpressionOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });

        var run = await harness.StartAsync(runaway);

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("time limit", run.Instance.State.Incidents.Single().Message, StringComparison.Ordinal);
    }
}
