using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Activities.Tests.Workflows;

/// <summary>RunWorkflow through the runtime's child-workflow path: bookmark committed, child started, parent resumed.</summary>
public sealed class RunWorkflowTests
{
    private const string Double = """
        { "id": "double",
          "inputs": [ { "name": "n", "type": "number", "required": true } ],
          "activities": [ { "id": "twice", "type": "SetOutput", "inputs": { "name": "doubled", "value": { "$js": "input.n * 2" } } } ] }
        """;

    /// <summary>A parent that calls <paramref name="workflowId"/>, keeps its output on Done and its error on Failed.</summary>
    private static string Parent(string workflowId, string extraInputs = "") => $$"""
        { "id": "parent",
          "inputs": [ { "name": "n", "type": "number" } ],
          "activities": [
            { "id": "call", "type": "RunWorkflow", "inputs": { "workflowId": "{{workflowId}}", "input": { "n": { "$js": "input.n" } } {{extraInputs}} } },
            { "id": "keep", "type": "SetOutput", "inputs": { "name": "result", "value": { "$js": "outputs.call.output.doubled" } } },
            { "id": "recover", "type": "SetOutput", "inputs": { "name": "error", "value": { "$js": "outputs.call.error" } } }
          ],
          "connections": [ { "from": "call", "to": "keep" }, { "from": "call", "port": "Failed", "to": "recover" } ] }
        """;

    [Fact]
    public async Task Wait_ChildFinishes_ParentGoesOnWithItsOutput()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Double);
        harness.Publish(Parent("double"));

        var run = await harness.StartAsync("parent", new JsonObject { ["n"] = 21 });
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        var parent = await harness.WaitForStatusAsync(run.InstanceId, WorkflowStatus.Finished);

        Assert.Equal(42, parent.State.Output["result"]!.GetValue<long>());
        var called = parent.State.ActivityOutputs["call"]!;
        Assert.Equal("Finished", called["status"]!.GetValue<string>());
        var child = Assert.Single(harness.Store.InstancesOf("double"));
        Assert.Equal(child.Id, called["instanceId"]!.GetValue<string>());
        Assert.Equal(new ParentLink(ActivityHarness.Tenant, run.InstanceId, child.Id), child.State.Parent); // the child is the bookmark's: started once
    }

    [Fact]
    public async Task Wait_ChildFaults_ParentTakesTheFailedPortWithTheChildError()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""{ "id": "gives-up", "activities": [ { "id": "boom", "type": "Fail", "inputs": { "message": "out of stock" } } ] }""");
        harness.Publish(Parent("gives-up"));

        var run = await harness.StartAsync("parent", new JsonObject { ["n"] = 1 });
        var parent = await harness.WaitForStatusAsync(run.InstanceId, WorkflowStatus.Finished);

        var error = parent.State.Output["error"]!.GetValue<string>();
        Assert.Contains("ended Faulted", error, StringComparison.Ordinal);
        Assert.Contains("out of stock", error, StringComparison.Ordinal);
        Assert.Empty(parent.State.Incidents);
    }

    [Fact]
    public async Task Wait_UnknownWorkflow_ParentTakesTheFailedPortAsNotStarted()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Parent("missing"));

        var run = await harness.StartAsync("parent", new JsonObject { ["n"] = 1 });
        var parent = await harness.WaitForStatusAsync(run.InstanceId, WorkflowStatus.Finished);

        var error = parent.State.Output["error"]!.GetValue<string>();
        Assert.Contains("ended NotStarted", error, StringComparison.Ordinal);
        Assert.Contains("'missing' has no published version", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoWait_ChildStartedAndParentGoesOnAtOnce()
    {
        await using var harness = new ActivityHarness();
        harness.Publish("""{ "id": "waits", "activities": [ { "id": "wait", "type": "WaitForEvent", "inputs": { "name": "never" } } ] }""");
        harness.Publish("""
            { "id": "fire-and-forget",
              "activities": [
                { "id": "call", "type": "RunWorkflow", "inputs": { "workflowId": "waits", "wait": false } },
                { "id": "keep", "type": "SetOutput", "inputs": { "name": "child", "value": { "$js": "outputs.call.instanceId" } } }
              ],
              "connections": [ { "from": "call", "to": "keep" } ] }
            """);

        var run = await harness.StartAsync("fire-and-forget", correlationId: "case-7");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("Suspended", run.Instance.State.ActivityOutputs["call"]!["status"]!.GetValue<string>());
        var child = await harness.InstanceAsync(run.Output["child"]!.GetValue<string>());
        Assert.Equal((WorkflowStatus.Suspended, "case-7"), (child.Status, child.CorrelationId));
        Assert.Null(child.State.Parent); // nobody waits for it
    }

    [Fact]
    public async Task NoWait_UnknownWorkflow_FailsAtOnce()
    {
        await using var harness = new ActivityHarness();
        harness.Publish(Parent("missing", """, "wait": false"""));

        var run = await harness.StartAsync("parent", new JsonObject { ["n"] = 1 });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Contains("'missing' has no published version", run.Output["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
