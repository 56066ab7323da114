using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Templates;

namespace WorkflowPlatform.Engine.Tests.Templates;

public sealed class TemplateTests
{
    private const string Greeter = """
    { "id": "greeter", "name": "Greeter of {{ template.brand }}",
      "template": { "fields": [
        { "name": "brand", "type": "string", "label": "Brand", "default": "Acme" },
        { "name": "limit", "type": "integer", "default": 3 },
        { "name": "loud", "type": "boolean", "default": false } ] },
      "activities": [
        { "id": "js", "type": "SetVariable", "inputs": { "name": "limit", "value": { "$js": "{{ template.limit }} * 2" } } },
        { "id": "brand", "type": "SetVariable", "inputs": { "name": "brand", "value": { "$js": "{{ template.brand }} + '!'" } } },
        { "id": "whole", "type": "SetVariable", "inputs": { "name": "loud", "value": { "$template": "loud" } } },
        { "id": "say", "type": "SetOutput", "inputs": { "name": "greeting", "value": { "$liquid": "Hello from {{ template.brand }}, {{ input.who }}" } } }
      ],
      "variables": [ { "name": "limit" }, { "name": "brand" }, { "name": "loud" } ],
      "connections": [ { "from": "js", "to": "brand" }, { "from": "brand", "to": "whole" }, { "from": "whole", "to": "say" } ] }
    """;

    [Fact]
    public async Task Run_TemplateItself_UsesTheDefaults()
    {
        var run = await new EngineHarness().StartAsync(Greeter, new JsonObject { ["who"] = "Ana" });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("Hello from Acme, Ana", run.Instance.State.Output["greeting"]!.GetValue<string>());
        Assert.Equal(6, run.Instance.State.Variables["limit"]!.GetValue<int>());
        Assert.Equal("Acme!", run.Instance.State.Variables["brand"]!.GetValue<string>());
        Assert.False(run.Instance.State.Variables["loud"]!.GetValue<bool>());
    }

    [Fact]
    public void Fill_ValuesThatLookLikeCode_StayData()
    {
        var definition = DefinitionJson.Deserialize(Greeter);
        var errors = new List<Validation.ValidationError>();
        var values = TemplateValues.Resolve(definition.Template!, new JsonObject { ["brand"] = "O'Brien {{ input.who }} ' + process.exit() + '" }, errors);

        var filled = TemplatePlaceholders.Fill(definition, values, errors);

        Assert.Empty(errors);
        Assert.Equal("Greeter of O'Brien {{ input.who }} ' + process.exit() + '", filled.Name);
        var js = filled.Activities[1].Inputs["value"]!["$js"]!.GetValue<string>();
        Assert.Equal("\"O'Brien {{ input.who }} ' + process.exit() + '\" + '!'", js);
        var liquid = filled.Activities[3].Inputs["value"]!["$liquid"]!.GetValue<string>();
        Assert.StartsWith("Hello from {% raw %}O'Brien {{ input.who }}", liquid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FilledCopy_PrintsLiquidDelimitersInAValueAsText()
    {
        var definition = DefinitionJson.Deserialize(Greeter);
        var errors = new List<Validation.ValidationError>();
        var filled = TemplatePlaceholders.Fill(definition with { Template = null }, TemplateValues.Resolve(definition.Template!, new JsonObject { ["brand"] = "{{ input.who }}" }, errors), errors);

        var run = await new EngineHarness().StartAsync(DefinitionJson.Serialize(filled), new JsonObject { ["who"] = "Ana" });

        Assert.Equal("Hello from {{ input.who }}, Ana", run.Instance.State.Output["greeting"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_PlaceholderOfNoField_IsAProblemAtItsPath()
    {
        var document = Greeter.Replace("{{ input.who }}\" }", "{{ template.colour }}\" }", StringComparison.Ordinal)
            .Replace("\"$template\": \"loud\"", "\"$template\": \"volume\"", StringComparison.Ordinal);

        var errors = new EngineHarness().Compiler.Validate(DefinitionJson.Deserialize(document));

        Assert.Contains(errors, e => e.Path == "activities[3].inputs.value" && e.Message.Contains("'colour'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "activities[2].inputs.value" && e.Message.Contains("'volume'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MalformedFields_AreProblemsAtTheirPaths()
    {
        const string document = """
        { "id": "t", "template": { "fields": [
            { "name": "9lives", "type": "string" },
            { "name": "a", "type": "colour" },
            { "name": "b", "type": "select" },
            { "name": "c", "type": "integer", "default": 1.5 },
            { "name": "c", "type": "duration", "default": "soon" } ] },
          "activities": [ { "id": "log", "type": "Log", "inputs": { "message": "hi" } } ] }
        """;

        var paths = new EngineHarness().Compiler.Validate(DefinitionJson.Deserialize(document)).Select(e => e.Path).ToList();

        Assert.Equal(["template.fields[0].name", "template.fields[1].type", "template.fields[2].options", "template.fields[3].default", "template.fields[4].name", "template.fields[4].default"], paths);
    }

    [Fact]
    public void Resolve_WrongValues_NameEachField()
    {
        var template = DefinitionJson.Deserialize("""
        { "id": "t", "template": { "fields": [
            { "name": "brand", "type": "string" },
            { "name": "price", "type": "integer", "default": 100 },
            { "name": "tone", "type": "select", "options": ["warm", "formal"], "default": "warm" },
            { "name": "site", "type": "url", "default": "https://example.com" } ] }, "activities": [] }
        """).Template!;
        var errors = new List<Validation.ValidationError>();

        TemplateValues.Resolve(template, new JsonObject { ["price"] = "cheap", ["tone"] = "rude", ["site"] = "ftp://x", ["colour"] = "red" }, errors);

        Assert.Equal(["values.colour", "values.brand", "values.price", "values.tone", "values.site"], errors.Select(e => e.Path));
    }
}
