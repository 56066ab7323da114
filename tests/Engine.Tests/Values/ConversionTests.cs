using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Tests.Values;

public sealed class ConversionTests
{
    [Fact]
    public async Task A_trigger_value_holding_a_date_reaches_javascript_as_its_iso_text()
    {
        var harness = new EngineHarness();
        var at = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);
        var workflow = harness.Compile("""
            { "id": "dates", "activities": [
                { "id": "keep", "type": "SetOutput", "inputs": { "name": "at", "value": { "$js": "trigger.at" } } } ] }
            """);
        var request = new Runtime.StartRequest { TenantId = "t1", DefinitionId = "dates", Trigger = new JsonObject { ["at"] = at } };
        var instance = Runtime.InstanceFactory.Create(workflow, "t1", request, harness.Time.GetUtcNow());
        var run = new EngineHarness.Run(harness, workflow, instance);
        await run.ExecuteAsync(Runtime.InstanceFactory.TriggerOf(workflow, request), []);

        Assert.Equal("2026-11-24T09:30:00+00:00", run.Instance.State.Output["at"]!.GetValue<string>());
    }
}
