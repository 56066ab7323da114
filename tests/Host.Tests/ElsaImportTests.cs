using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static WorkflowPlatform.Host.Tests.ElsaExports;

namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// <c>POST /api/workflows/import</c> with the real Elsa 3 exports in <c>ElsaSamples/</c> (copied from elsa-core's tests), through
/// the real host: what each becomes, what is reported, and that the imported workflows run like the originals.
/// </summary>
public sealed class ElsaImportTests : IClassFixture<HostFixture>
{
    private readonly TestHost host;

    public ElsaImportTests(HostFixture fixture) => host = fixture.Host;

    public static TheoryData<string> Samples() =>
        [.. Directory.EnumerateFiles(SamplesFolder, "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "ElsaSamples");

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_imports_as_a_draft_with_the_expected_activities_connections_and_unmapped(string file)
    {
        var expected = ElsaSampleExpectations.For(file);
        var (status, answer) = await ImportAsync(await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, file)));

        Assert.True(status == HttpStatusCode.OK, $"{file}: {(int)status} {answer.ToJsonString()}");
        var definition = answer["definition"]!.AsObject();
        Assert.Equal(expected.Id, definition["id"]!.GetValue<string>());
        Assert.Equal(expected.Activities.Order(StringComparer.Ordinal), ActivitiesOf(definition).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Connections.Order(StringComparer.Ordinal), ConnectionsOf(definition).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Unmapped.Order(StringComparer.Ordinal), answer["unmapped"]!.AsArray().Select(u => $"{u!["activityId"]}:{u["type"]}").Order(StringComparer.Ordinal));
        Assert.All(answer["unmapped"]!.AsArray(), u => Assert.False(string.IsNullOrWhiteSpace(u!["reason"]!.GetValue<string>())));
        var warningPaths = answer["warnings"]!.AsArray().Select(w => w!["path"]!.GetValue<string>()).ToList();
        Assert.Empty(expected.WarningPaths.Except(warningPaths));

        // Saved as a draft, as an import of our own format is: the new version exists and is not published.
        var version = definition["version"]!.GetValue<int>();
        var saved = (await host.Api.GetFromJsonAsync<JsonObject>($"/api/workflows/{expected.Id}?version={version}"))!;
        Assert.Equal(ActivitiesOf(definition), ActivitiesOf(saved));
        var versions = (await host.Api.GetFromJsonAsync<JsonArray>($"/api/workflows/{expected.Id}/versions"))!;
        Assert.False(versions.Single(v => v!["version"]!.GetValue<int>() == version)!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Inputs_expressions_and_ports_are_mapped_to_ours()
    {
        var hello = await ImportSampleAsync("01-http-hello-world.json");
        Assert.Equal("""{"path":"hello-world","methods":["GET"]}""", Activity(hello, "90c3d3b2ea1f6ddc")["inputs"]!.ToJsonString());
        Assert.Equal("""{"statusCode":200,"body":"Hello World!"}""", Activity(hello, "3048105347912af5")["inputs"]!.ToJsonString());
        Assert.Equal(-262.796875, Activity(hello, "90c3d3b2ea1f6ddc")["position"]!["x"]!.GetValue<double>());

        var timer = await ImportSampleAsync("02-timer-trigger.json");
        Assert.Equal("0 * * * * *", Activity(timer, "89ab56281a99239")["inputs"]!["expression"]!.GetValue<string>());
        Assert.Equal("0 0 * * * *", Activity(await ImportSampleAsync("03-cron-every-hour.json"), "13658e4b3bfafaaf")["inputs"]!["expression"]!.GetValue<string>());

        var loop = await ImportSampleAsync("06-implicit-loop-legacy-connections.json");
        Assert.Equal("""{"name":"Counter","type":"number","required":false,"default":0}""", loop["variables"]![0]!.ToJsonString());
        Assert.Equal("vars.Counter + 1", Activity(loop, "setvariable1")["inputs"]!["value"]!["$js"]!.GetValue<string>());
        Assert.Equal("vars.Counter > 1", Activity(loop, "flowdecision1")["inputs"]!["condition"]!["$js"]!.GetValue<string>());
        Assert.Equal("Increment counter", Activity(loop, "setvariable1")["name"]!.GetValue<string>());

        var join = await ImportSampleAsync("05-fork-decision-join-waitall.json");
        Assert.Equal("all", Activity(join, "80847eb320f89c72")["inputs"]!["mode"]!.GetValue<string>());
        Assert.Equal("that went south", Activity(join, "cfffbc06a0b6eeb0")["inputs"]!["message"]!.GetValue<string>());
        Assert.Contains("110002", Activity(join, "cfffbc06a0b6eeb0")["description"]!.GetValue<string>(), StringComparison.Ordinal);

        var delays = await ImportSampleAsync("07-braided-delays.json");
        Assert.Equal("PT5S", Activity(delays, "delay1")["inputs"]!["duration"]!.GetValue<string>());
        Assert.Equal("PT10S", Activity(delays, "delay2")["inputs"]!["duration"]!.GetValue<string>());

        var child = await ImportSampleAsync("10-subworkflow-child.json");
        Assert.Equal("Variable1", Activity(child, "fb20dbd8777282b2")["inputs"]!["name"]!.GetValue<string>());
        Assert.Contains("\"prop1\":\"ceva\"", Activity(child, "fb20dbd8777282b2")["inputs"]!["value"]!["$js"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("b8b45fd4dbffad5d", Activity(await ImportSampleAsync("09-subworkflow-parent.json"), "abcd6d3d391bfe10")["inputs"]!["workflowId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Imported_http_hello_world_publishes_and_answers_like_the_original()
    {
        var definition = await ImportSampleAsync("01-http-hello-world.json");
        await PublishAsync(definition);

        using var anonymous = host.CreateClient();
        var response = await anonymous.GetAsync("/workflows/hello-world");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Hello World!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Imported_flowfork_runs_its_three_branches()
    {
        var definition = await ImportSampleAsync("04-flowfork.json");
        await PublishAsync(definition);

        var run = await host.RunAsync("5590069018aa4f0e", wait: 10);
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        var completed = Completed(await host.GetJournalAsync(run["instanceId"]!.GetValue<string>()));
        Assert.Empty(new[] { "e6f0cddb1cdbdd7c", "3ece093dfc20c752", "ca9fcd1d6069df9" }.Except(completed));
    }

    [Fact]
    public async Task Imported_fork_decision_join_runs_its_branches_and_faults_at_the_fault_like_elsa()
    {
        await PublishAsync(await ImportSampleAsync("05-fork-decision-join-waitall.json"));

        var instanceId = (await host.RunAsync("3d3412c458178ff3"))["instanceId"]!.GetValue<string>();
        var faulted = await host.WaitForStatusAsync(instanceId, "Faulted");
        Assert.Contains("that went south", faulted["incidents"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var completed = Completed(await host.GetJournalAsync(instanceId));
        Assert.Empty(new[] { "79e963ee9889c30a", "c1a7d756c9ad7597", "7302df5350ea8095", "896ddf80e59c66ef", "35c0f40b240666c6" }.Except(completed));
        Assert.DoesNotContain("af2cc31d1cef7a90", completed);
    }

    [Fact]
    public async Task Imported_fork_join_waits_for_all_three_branches_when_the_decision_holds()
    {
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SamplesFolder, "05-fork-decision-join-waitall.json")))!.AsObject();
        sample["definitionId"] = "fork-join-holds";
        var condition = sample["root"]!["activities"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Elsa.FlowDecision")!["condition"]!["expression"]!;
        condition["value"] = "return true;";
        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(sample.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        await PublishAsync(answer["definition"]!.AsObject());

        var run = await host.RunAsync("fork-join-holds", wait: 10);
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        var journal = await host.GetJournalAsync(run["instanceId"]!.GetValue<string>());
        var joins = journal.Where(e => e!["activityId"]!.GetValue<string>() == "80847eb320f89c72" && e["event"]!.GetValue<string>() == "Completed").ToList();
        Assert.Single(joins);
        var joinedAt = joins[0]!["seq"]!.GetValue<long>();
        foreach (var branchEnd in new[] { "c1a7d756c9ad7597", "7302df5350ea8095", "af2cc31d1cef7a90" })
        {
            Assert.True(SeqOf(journal, branchEnd) < joinedAt, $"{branchEnd} should complete before the join");
        }

        Assert.True(SeqOf(journal, "8558cd1571aff0e8") > joinedAt);
    }

    [Fact]
    public async Task Imported_legacy_loop_runs_until_its_counter_passes_one()
    {
        await PublishAsync(await ImportSampleAsync("06-implicit-loop-legacy-connections.json"));

        var run = await host.RunAsync("68e6bca3d86c4a5a8dfb825f1d5c0875", wait: 10);
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        var instance = await host.GetInstanceAsync(run["instanceId"]!.GetValue<string>());
        Assert.Equal(2, instance["variables"]!["Counter"]!.GetValue<int>());
        var completed = Completed(await host.GetJournalAsync(run["instanceId"]!.GetValue<string>()));
        Assert.Single(completed, id => id == "writeline2");
        Assert.Single(completed, id => id == "writeline3");
    }

    [Fact]
    public async Task Unknown_activities_are_left_out_and_csharp_is_kept_in_the_description()
    {
        var export = Export("left-out", [
            ElsaActivity("endpoint", "Elsa.HttpEndpoint", ("path", Literal("String", "left-out"))),
            ElsaActivity("naming", "Elsa.SetName", ("value", Literal("String", "x"))),
            ElsaActivity("check", "Elsa.FlowDecision", ("condition", Expression("CSharp", "Variables.Count > 2"))),
            ElsaActivity("answer", "Elsa.WriteHttpResponse", ("content", Expression("CSharp", "\"plain text\""))),
            ElsaActivity("custom", "Acme.Approve"),
            ElsaActivity("approved", "Elsa.WriteLine", ("text", Literal("String", "approved"))),
            ElsaActivity("greet", "Elsa.WriteLine", ("text", Expression("Liquid", "Hello {{ Variables.Name }} from Variables."))),
        ], [("endpoint", "Done", "naming"), ("naming", "Done", "check"), ("check", "True", "answer"), ("answer", "Done", "custom"), ("custom", "Approved", "approved"), ("check", "False", "greet")]);

        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(export.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, status);
        var definition = answer["definition"]!.AsObject();
        Assert.Equal(["check-False->greet", "check-True->answer", "endpoint-Done->check"], ConnectionsOf(definition).Order(StringComparer.Ordinal));
        Assert.Equal("Hello {{ vars.Name }} from Variables.", Activity(definition, "greet")["inputs"]!["message"]!["$liquid"]!.GetValue<string>());
        Assert.Equal(["custom:Acme.Approve", "naming:Elsa.SetName"], answer["unmapped"]!.AsArray().Select(u => $"{u!["activityId"]}:{u["type"]}").Order(StringComparer.Ordinal));
        Assert.Contains("Variables.Count > 2", Activity(definition, "check")["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(Activity(definition, "check")["inputs"]!["condition"]);
        Assert.Equal("plain text", Activity(definition, "answer")["inputs"]!["body"]!.GetValue<string>());
        var warnings = answer["warnings"]!.AsArray().Select(w => w!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("root.activities[2].condition", warnings);
        Assert.Contains("root.activities[5]", warnings);
    }

    [Fact]
    public async Task Nested_flowcharts_forks_and_switches_are_flattened_and_run()
    {
        var body = new JsonObject
        {
            ["id"] = "inner",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray(ElsaActivity("a1", "Elsa.WriteLine", ("text", Literal("String", "a1"))), ElsaActivity("a2", "Elsa.WriteLine", ("text", Literal("String", "a2")))),
        };
        var node = ElsaActivity("node", "Elsa.FlowNode");
        node["body"] = body;
        var fork = ElsaActivity("fork", "Elsa.Fork", ("joinMode", Literal("String", "WaitAny")));
        fork["branches"] = new JsonArray(ElsaActivity("b1", "Elsa.WriteLine", ("text", Literal("String", "b1"))), ElsaActivity("b2", "Elsa.WriteLine", ("text", Literal("String", "b2"))));
        var choose = ElsaActivity("choose", "Elsa.FlowSwitch");
        choose["cases"] = new JsonArray(new JsonObject { ["label"] = "big", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getInput('amount') > 100" } });
        var export = Export("nested", [
            ElsaActivity("start", "Elsa.Start"), node, fork, choose,
            ElsaActivity("big", "Elsa.WriteLine", ("text", Literal("String", "big"))),
            ElsaActivity("small", "Elsa.WriteLine", ("text", Literal("String", "small"))),
        ], [("start", "Done", "node"), ("node", "Done", "fork"), ("fork", "Done", "choose"), ("choose", "big", "big"), ("choose", "Default", "small")]);

        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(export.ToJsonString()));

        Assert.True(status == HttpStatusCode.OK, answer.ToJsonString());
        var definition = answer["definition"]!.AsObject();
        Assert.Equal(["a1-Done->node-join", "a2-Done->node-join", "b1-Done->fork-join", "b2-Done->fork-join", "choose-Default->small", "choose-big->big", "fork-join-Done->choose", "node-join-Done->b1", "node-join-Done->b2"],
            ConnectionsOf(definition).Order(StringComparer.Ordinal));
        Assert.Equal("all", Activity(definition, "node-join")["inputs"]!["mode"]!.GetValue<string>());
        Assert.Equal("any", Activity(definition, "fork-join")["inputs"]!["mode"]!.GetValue<string>());
        var switchCase = Activity(definition, "choose")["inputs"]!["cases"]![0]!;
        Assert.Equal("big", switchCase["name"]!.GetValue<string>());
        Assert.Equal("input.amount > 100", switchCase["condition"]!["$js"]!.GetValue<string>());
        Assert.Contains(answer["warnings"]!.AsArray(), w => w!["path"]!.GetValue<string>() == "root.activities[1].body");

        await PublishAsync(definition);
        var run = await host.RunAsync("nested", new JsonObject { ["amount"] = 150 }, wait: 10);
        Assert.Equal("Finished", run["status"]!.GetValue<string>());
        var completed = Completed(await host.GetJournalAsync(run["instanceId"]!.GetValue<string>()));
        Assert.Empty(new[] { "a1", "a2", "node-join", "fork-join", "choose", "big" }.Except(completed));
        Assert.DoesNotContain("small", completed);
    }

    [Theory]
    [InlineData("00:00:05", "*/5 * * * * *", 5)]
    [InlineData("00:01:00", "0 * * * * *", 60)]
    [InlineData("00:15:00", "0 */15 * * * *", 900)]
    [InlineData("00:07:00", "0 */6 * * * *", 360)]
    [InlineData("02:00:00", "0 0 */2 * * *", 7200)]
    [InlineData("1.00:00:00", "0 0 0 * * *", 86400)]
    public void A_timer_interval_becomes_the_cron_expression_with_that_period_or_the_nearest(string interval, string cron, int periodSeconds)
    {
        var (expression, period) = Workflows.ElsaImport.ElsaScheduleMapping.CronFor(TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(cron, expression);
        Assert.Equal(TimeSpan.FromSeconds(periodSeconds), period);
    }

    [Fact]
    public async Task Http_requests_events_and_child_workflows_map_with_their_ports()
    {
        var export = Export("calls", [
            ElsaActivity("call", "Elsa.FlowSendHttpRequest", ("url", Literal("Uri", "https://example.test/orders")), ("method", Literal("String", "POST")),
                ("content", Literal("String", "{\"id\":1}")), ("contentType", Literal("String", "application/json")), ("expectedStatusCodes", Expression("Object", "[200,404]"))),
            ElsaActivity("found", "Elsa.PublishEvent", ("eventName", Literal("String", "order.found")), ("payload", Expression("JavaScript", "getVariable('Order')"))),
            ElsaActivity("missing", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("String", "Create_Order"))),
        ], [("call", "200", "found"), ("call", "404", "missing")]);

        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(export.ToJsonString()));

        Assert.True(status == HttpStatusCode.OK, answer.ToJsonString());
        var definition = answer["definition"]!.AsObject();
        Assert.Equal(["call-Done->found", "call-Failed->missing"], ConnectionsOf(definition).Order(StringComparer.Ordinal));
        Assert.Equal(1, Activity(definition, "call")["inputs"]!["body"]!["id"]!.GetValue<int>());
        Assert.Equal("POST", Activity(definition, "call")["inputs"]!["method"]!.GetValue<string>());
        Assert.Equal("vars.Order", Activity(definition, "found")["inputs"]!["payload"]!["$js"]!.GetValue<string>());
        Assert.Equal("create-order", Activity(definition, "missing")["inputs"]!["workflowId"]!.GetValue<string>());
        var warnings = answer["warnings"]!.AsArray().Select(w => w!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("root.connections[0]", warnings);
        Assert.Contains("root.connections[1]", warnings);
        Assert.Contains("root.activities[2].workflowDefinitionId", warnings);
    }

    [Fact]
    public async Task An_export_that_converts_to_an_invalid_definition_is_answered_400_and_not_saved()
    {
        var export = Export("broken-script", [ElsaActivity("check", "Elsa.FlowDecision", ("condition", Expression("JavaScript", "vars.x > (")))], []);

        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(export.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(answer["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == "activities[0].inputs.condition");
        Assert.Equal("broken-script", answer["definition"]!["id"]!.GetValue<string>());
        Assert.NotNull(answer["warnings"]);
        Assert.NotNull(answer["unmapped"]);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Api.GetAsync("/api/workflows/broken-script")).StatusCode);
    }

    [Theory]
    [InlineData("""{ "definitionId": "x" }""", "root")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Sequence", "activities": [] } }""", "root.type")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart" } }""", "root.activities")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart", "activities": [ { "type": "Elsa.WriteLine" } ] } }""", "root.activities[0].id")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart", "activities": [ { "id": "a" } ] } }""", "root.activities[0].type")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart", "activities": [], "connections": [ { "source": "a" } ] } }""", "root.connections[0]")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart", "activities": [], "connections": {} } }""", "root.connections")]
    [InlineData("""{ "definitionId": "x", "variables": [ { "typeName": "Int32" } ], "root": { "type": "Elsa.Flowchart", "activities": [] } }""", "variables[0].name")]
    [InlineData("""{ "definitionId": "x", "root": { "type": "Elsa.Flowchart", "activities": [ { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": "hi" } } ] } }""", "root.activities[0].text.expression")]
    public async Task A_malformed_elsa_export_is_answered_400_naming_the_problem(string document, string path)
    {
        var (status, answer) = await ImportAsync(System.Text.Encoding.UTF8.GetBytes(document));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"malformed at {path}:", answer["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(path, answer["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_400()
    {
        var (status, answer) = await ImportAsync("{ \"definitionId\": "u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", answer["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonObject Answer)> ImportAsync(byte[] document)
    {
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await host.Api.PostAsync("/api/workflows/import", content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private async Task<JsonObject> ImportSampleAsync(string file)
    {
        var (status, answer) = await ImportAsync(await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, file)));
        Assert.True(status == HttpStatusCode.OK, $"{file}: {(int)status} {answer.ToJsonString()}");
        return answer["definition"]!.AsObject();
    }

    private async Task PublishAsync(JsonObject definition)
    {
        var id = definition["id"]!.GetValue<string>();
        var published = await host.Api.PostAsJsonAsync($"/api/workflows/{id}/publish", new { version = definition["version"]!.GetValue<int>() });
        Assert.True(published.IsSuccessStatusCode, $"Publishing {id} failed: {await published.Content.ReadAsStringAsync()}");
    }

    private static JsonObject Activity(JsonObject definition, string id) =>
        definition["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!.AsObject();

    private static List<string> ActivitiesOf(JsonObject definition) =>
        [.. definition["activities"]!.AsArray().Select(a => $"{a!["id"]}:{a["type"]}")];

    private static List<string> ConnectionsOf(JsonObject definition) =>
        [.. definition["connections"]!.AsArray().Select(c => $"{c!["from"]}-{c["port"]?.GetValue<string>() ?? "Done"}->{c["to"]}")];

    private static List<string> Completed(JsonArray journal) =>
        [.. journal.Where(e => e!["event"]!.GetValue<string>() == "Completed").Select(e => e!["activityId"]!.GetValue<string>())];

    private static long SeqOf(JsonArray journal, string activityId) =>
        journal.First(e => e!["activityId"]!.GetValue<string>() == activityId && e["event"]!.GetValue<string>() == "Completed")!["seq"]!.GetValue<long>();
}
