using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Tests.Flow;

public sealed class ValidationTests
{
    [Fact]
    public void Validate_BrokenDefinition_ReportsEveryProblemWithItsPath()
    {
        const string broken = """
        { "id": "Bad Id",
          "activities": [
            { "id": "a", "type": "If", "inputs": { "condition": { "$js": "1 +" } } },
            { "id": "a", "type": "Log", "inputs": { "message": "twice" } },
            { "id": "c", "type": "NoSuchActivity" },
            { "id": "d", "type": "SetVariable", "inputs": { "value": 1 } },
            { "id": "e", "type": "Log", "inputs": { "message": { "$foo": "x" } } }
          ],
          "connections": [
            { "from": "a", "port": "Maybe", "to": "d" },
            { "from": "a", "to": "ghost" }
          ] }
        """;

        var errors = new EngineHarness().Compiler.Validate(DefinitionJson.Deserialize(broken));
        var paths = errors.Select(e => e.Path).ToHashSet();

        Assert.Contains("id", paths);
        Assert.Contains("activities[0].inputs.condition", paths);
        Assert.Contains("activities[1].id", paths);
        Assert.Contains("activities[2].type", paths);
        Assert.Contains("activities[3].inputs.name", paths);
        Assert.Contains("activities[4].inputs.message", paths);
        Assert.Contains("connections[0].port", paths);
        Assert.Contains("connections[1].to", paths);
        Assert.Contains(errors, e => e.Path == "connections[0].port" && e.Message.Contains("True", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "description": "Quotes a plan's price." }""", null)]
    [InlineData("""{ "name": "quote_plan", "description": "Quotes a plan's price." }""", null)]
    [InlineData("""{ "name": "quote plan!", "description": "Quotes a plan's price." }""", "tool.name")]
    [InlineData("""{ "name": "quote" }""", "tool.description")]
    public void Validate_WorkflowMarkedAsTool_NeedsADescriptionAndAFunctionName(string tool, string? errorPath)
    {
        var document = $$"""{ "id": "quote", "tool": {{tool}}, "activities": [ { "id": "log", "type": "Log", "inputs": { "message": "hi" } } ] }""";

        var errors = new EngineHarness().Compiler.Validate(DefinitionJson.Deserialize(document));

        Assert.Equal(errorPath is null ? [] : [errorPath], errors.Select(e => e.Path));
    }
}
