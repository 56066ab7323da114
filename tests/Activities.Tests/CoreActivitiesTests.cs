using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Tests.Harness;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Tests;

/// <summary>AddCoreActivities registers the format spec's core activities with the input names, outputs and ports of its table.</summary>
public sealed class CoreActivitiesTests
{
    public static TheoryData<string, string[], string[], string[]> FormatTable => new()
    {
        { "HttpEndpoint", ["path", "methods", "auth", "secret"], [], ["Done"] },
        { "WriteHttpResponse", ["statusCode", "body", "contentType", "headers"], [], ["Done"] },
        { "SendHttpRequest", ["url", "method", "headers", "body", "idempotencyKey"], ["statusCode", "headers", "body"], ["Done", "Failed"] },
        { "If", ["condition"], [], ["True", "False"] },
        { "ForEach", ["items"], ["item", "index"], ["Iterate", "Done"] },
        { "Join", ["mode"], [], ["Done"] },
        { "SetVariable", ["name", "value"], [], ["Done"] },
        { "SetOutput", ["name", "value"], [], ["Done"] },
        { "Delay", ["duration", "until"], [], ["Done"] },
        { "WaitForEvent", ["name", "correlationId", "timeout"], ["payload"], ["Done", "TimedOut"] },
        { "PublishEvent", ["name", "correlationId", "payload"], [], ["Done"] },
        { "Cron", ["expression", "timeZone"], [], ["Done"] },
        { "Event", ["name"], ["payload"], ["Done"] },
        { "RunWorkflow", ["workflowId", "input", "wait"], ["output"], ["Done", "Failed"] },
        { "Log", ["message", "level"], [], ["Done"] },
        { "Fail", ["message"], [], [] },
    };

    [Theory]
    [MemberData(nameof(FormatTable))]
    public async Task Registry_CoreActivity_HasTheFormatTablesInputsOutputsAndPorts(string type, string[] inputs, string[] outputs, string[] ports)
    {
        await using var harness = new ActivityHarness();
        Assert.True(harness.Services.GetRequiredService<ActivityRegistry>().TryGet(type, out var descriptor), $"{type} is not registered.");

        Assert.Equal(inputs.Order(), descriptor.Inputs.Select(i => i.Name).Order());
        Assert.Empty(outputs.Except(descriptor.Outputs.Select(o => o.Name)));
        Assert.Equal(ports.Order(), descriptor.Ports.Order());
    }

    [Fact]
    public async Task Registry_TriggersAndDefaults_AsTheFormatSays()
    {
        await using var harness = new ActivityHarness();
        var registry = harness.Services.GetRequiredService<ActivityRegistry>();

        Assert.Equal(["Cron", "Event", "HttpEndpoint"], registry.All.Where(d => d.Kind == ActivityKind.Trigger).Select(d => d.Type).Order());
        Assert.True(registry.TryGet("SendHttpRequest", out var send) && send.HasSideEffects);
        Assert.True(registry.TryGet("PublishEvent", out var publish) && publish.HasSideEffects);
        Assert.True(registry.TryGet("HttpEndpoint", out var endpoint));
        Assert.False(endpoint.Inputs.Single(i => i.Name == "path").SupportsExpressions); // indexed at publish time
        Assert.Equal("none", endpoint.Inputs.Single(i => i.Name == "auth").Default!.GetValue<string>());
        Assert.True(registry.TryGet("RunWorkflow", out var run));
        Assert.True(run.Inputs.Single(i => i.Name == "wait").Default!.GetValue<bool>());
        Assert.True(registry.TryGet("WriteHttpResponse", out var write));
        Assert.Equal(200, write.Inputs.Single(i => i.Name == "statusCode").Default!.GetValue<int>());
    }
}
