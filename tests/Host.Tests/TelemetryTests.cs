using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.Flows;

namespace WorkflowPlatform.Host.Tests;

public sealed class TelemetryTests
{
    private static JsonObject TracedFlow(string id, string path) => Definition(id,
        [
            Activity("inbound", "HttpEndpoint", new JsonObject { ["path"] = path }),
            Activity("total", "SetVariable", new JsonObject { ["name"] = "total", ["value"] = Js("trigger.body.qty * 2") }),
            Activity("reply", "WriteHttpResponse", new JsonObject { ["body"] = Js("({ total: vars.total })") }),
        ],
        [Connect("inbound", "total"), Connect("total", "reply")]);

    [Fact]
    public async Task Each_activity_execution_is_a_span_under_the_http_request_that_caused_it()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "WorkflowPlatform.Engine" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        using var host = new TestHost();
        await host.PublishAsync(TracedFlow("traced-flow", "traced"));
        using var client = host.CreateClient();
        Assert.Equal(4, (await (await client.PostAsJsonAsync("/workflows/traced", new { qty = 2 })).Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<int>());

        var engine = await Polling.UntilAsync(
            () => Task.FromResult(spans.Where(s => s.Source.Name == "WorkflowPlatform.Engine" && (string?)s.GetTagItem("workflow.id") == "traced-flow").ToList()),
            found => found.Count == 2, 10, "two activity spans");
        Assert.Equal(["SetVariable", "WriteHttpResponse"], engine.Select(s => (string)s.GetTagItem("activity.type")!).Order());

        var request = spans.Single(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == engine[0].TraceId);
        Assert.All(engine, span => Assert.Equal(request.SpanId, span.ParentSpanId));
    }

    [Fact]
    public async Task Traces_and_metrics_are_exported_by_otlp_when_an_endpoint_is_configured()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var host = new TestHost(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        await host.PublishAsync(TracedFlow("exported-flow", "exported"));
        using var client = host.CreateClient();
        (await client.PostAsJsonAsync("/workflows/exported", new { qty = 1 })).EnsureSuccessStatusCode();

        await Polling.UntilAsync(() => Task.FromResult(collector.Received("/v1/traces", "activity SetVariable")), received => received, 20, "the activity span at the collector");
        await Polling.UntilAsync(() => Task.FromResult(collector.Received("/v1/metrics", "workflow.instances.started")), received => received, 20, "the instance counter at the collector");
        Assert.True(collector.Received("/v1/metrics", "workflow.activity.duration"));
    }
}
